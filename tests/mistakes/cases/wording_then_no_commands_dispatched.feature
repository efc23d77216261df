# wrong: Then
# fix: Then no commands are dispatched
# line: 9
Feature: Wording then no commands dispatched

  Scenario: wording then no commands dispatched
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 1 day elapses
    Then no commands dispatched

# wrong: When
# fix: When 31 days elapse
# line: 8
Feature: Typo elapse

  Scenario: typo elapse
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 31 days elaps
    Then no commands are dispatched

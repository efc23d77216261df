# wrong: When
# fix: When 10 days elapse
# line: 8
Feature: Keyword given days elapse

  Scenario: keyword given days elapse
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    Given 10 days elapse
    When 1 day elapses
    Then no commands are dispatched

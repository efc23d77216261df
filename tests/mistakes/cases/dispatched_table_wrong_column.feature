# wrong: 'command', not 'event'
# line: 10
# fix: must be 'command'
Feature: Dispatched table wrong column

  Scenario: dispatched table wrong column
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 31 days elapse
    Then the dispatched commands are:
      | event         | invoice_id |
      | MarkAsOverdue | INV-1      |

# wrong: unknown command 'MarkOverdue'
# fix: did you mean MarkAsOverdue?
# line: 11
Feature: Dispatched table unknown

  Scenario: dispatched table unknown
    Given the event InvoiceCreated was published with invoice_id "INV-1" and amount 100
    When 30 days elapse
    Then the dispatched commands are:
      | command      | invoice_id |
      | MarkOverdue  | INV-1      |

# wrong: unknown command 'MarkOverdue'
# fix: did you mean MarkAsOverdue?
# line: 9
Feature: Dispatched unknown

  Scenario: dispatched unknown
    Given the event InvoiceCreated was published with invoice_id "INV-1" and amount 100
    When 30 days elapse
    Then the command MarkOverdue is dispatched with invoice_id "INV-1"

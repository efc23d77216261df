# wrong: no step reads
# fix: Then the command MarkAsOverdue is dispatched with invoice_id "INV-1"
# line: 9
Feature: Command was dispatched

  Scenario: command was dispatched
    Given the event InvoiceCreated was published with invoice_id "INV-1" and amount 100
    When 30 days elapse
    Then the command MarkAsOverdue was dispatched with invoice_id "INV-1"

# wrong: unknown command 'MarkAsOverdu'
# fix: did you mean MarkAsOverdue?
# line: 9
Feature: F

  Scenario: s
    Given the event InvoiceCreated was published with invoice_id "INV-1" and amount 100
    When 30 days elapse
    Then the dispatched commands are:
      """
      [{"command": "MarkAsOverdu", "invoice_id": "INV-1"}]
      """

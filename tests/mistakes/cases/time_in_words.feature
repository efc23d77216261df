# wrong: cannot read "next month" as a time
# fix: 2026-01-01T09:00:00Z
# line: 8
Feature: Advances to words

  Scenario: advances words
    Given the event InvoiceCreated was published with invoice_id "INV-1" and amount 100
    When time advances to next month
    Then the command MarkAsOverdue is dispatched with invoice_id "INV-1"

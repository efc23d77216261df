# wrong: cannot read "P1M" as a duration
# fix: write it in days instead
# line: 8
Feature: F

  Scenario: s
    Given the event InvoiceCreated was published with invoice_id "INV-1" and amount 100
    When P1M elapses
    Then the command MarkAsOverdue is dispatched with invoice_id "INV-1"

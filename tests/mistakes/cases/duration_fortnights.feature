# wrong: "fortnights" is not a unit
# fix: "31 days"
# line: 8
Feature: F

  Scenario: s
    Given the event InvoiceCreated was published with invoice_id "INV-1" and amount 100
    When 3 fortnights elapse
    Then the command MarkAsOverdue is dispatched with invoice_id "INV-1"

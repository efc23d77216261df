# wrong: a duration cannot be negative
# fix: "31 days"
# line: 8
Feature: F

  Scenario: s
    Given the event InvoiceCreated was published with invoice_id "INV-1" and amount 100
    And -2 days have elapsed
    When 30 days elapse
    Then the command MarkAsOverdue is dispatched with invoice_id "INV-1"

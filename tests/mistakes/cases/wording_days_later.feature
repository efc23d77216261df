# wrong: no step reads "When 31 days later"
# fix: When 31 days elapse
# line: 8
Feature: F

  Scenario: s
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 31 days later
    Then the command MarkAsOverdue is dispatched

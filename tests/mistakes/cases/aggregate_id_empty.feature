# wrong: the aggregate's id is empty
# fix: write it between the quotes
# line: 7
Feature: F

  Scenario: s
    Given the aggregate "" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 30 days elapse
    Then the command MarkAsOverdue is dispatched with invoice_id "INV-1"

# wrong: Then
# fix: Then the command MarkAsOverdue is dispatched
# line: 9
Feature: Typo dispached

  Scenario: typo dispached
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 31 days elapse
    Then the command MarkAsOverdue is dispached with invoice_id "INV-1"

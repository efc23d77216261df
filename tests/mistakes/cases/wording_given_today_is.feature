# wrong: no step reads "Given today is 2026-01-01"
# fix: write: Given the current time is 2026-01-01
# line: 7
Feature: F

  Scenario: s
    Given today is 2026-01-01
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 31 days elapse
    Then the command MarkAsOverdue is dispatched

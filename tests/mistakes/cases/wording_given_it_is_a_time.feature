# wrong: no step reads "Given it is 2026-01-01T09:00:00Z"
# fix: write: Given the current time is 2026-01-01T09:00:00Z
# line: 7
Feature: F

  Scenario: s
    Given it is 2026-01-01T09:00:00Z
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 31 days elapse
    Then the command MarkAsOverdue is dispatched

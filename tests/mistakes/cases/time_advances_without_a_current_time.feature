# wrong: the scenario says nothing of the time before it
# fix: give the time first: Given the current time is
# line: 8
Feature: F

  Scenario: s
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When time advances to 2026-02-01T09:00:00Z
    Then the command MarkAsOverdue is dispatched

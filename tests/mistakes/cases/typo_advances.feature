# wrong: When
# fix: When time advances to
# line: 8
Feature: Typo advances

  Scenario: typo advances
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When time advance to 2026-02-01T00:00:00Z
    Then no commands are dispatched

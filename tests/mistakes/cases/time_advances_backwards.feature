# wrong: time cannot move backwards
# wrong: asked to advance to 2026-01-01
# fix: name a time later than that
# line: 10
Feature: Time advances backwards

  Scenario: time advances backwards
    Given the current time is 2026-06-01T00:00:00Z
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When time advances to 2026-01-01T00:00:00Z
    Then no commands are dispatched

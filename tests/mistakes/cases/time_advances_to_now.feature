# wrong: cannot read "now" as a time
# fix: 2026-01-01T09:00:00Z
# line: 8
Feature: F

  Scenario: s
    Given the event InvoiceCreated was published with invoice_id "INV-1" and amount 100
    When time advances to now
    Then no commands are dispatched

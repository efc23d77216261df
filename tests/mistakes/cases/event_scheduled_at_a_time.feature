# wrong: is a time, and this sentence takes how long from now
# fix: Then the event InvoiceOverdue is scheduled in <duration>
# line: 9
Feature: F

  Scenario: s
    Given the current time is 2026-01-01T00:00:00Z
    When the event InvoiceCreated is published with invoice_id "INV-1" and amount 100
    Then the event InvoiceOverdue is scheduled at 2026-01-31T00:00:00Z

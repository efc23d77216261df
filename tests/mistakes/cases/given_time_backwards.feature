# wrong: time cannot move backwards
# fix: name a time later than that
# line: 9
Feature: F

  Scenario: s
    Given the current time is 2026-02-01T00:00:00Z
    And the event InvoiceCreated was published with invoice_id "INV-1" and amount 100
    And the current time is 2026-01-01T00:00:00Z
    When 30 days elapse
    Then no commands are dispatched

# wrong: the window ends (2026-01-05T09:00:00+00:00) before the scenario's time after the When (2026-01-11T09:00:00+00:00)
# fix: write instants after it
# line: 10
Feature: A window of scheduled events that ended while the When let time pass

  Scenario: what came due during the When is no longer scheduled
    Given the current time is 2026-01-01T09:00:00Z
    And the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 10 days elapse
    Then no InvoiceOverdue event is scheduled between 2026-01-02T09:00:00Z and 2026-01-05T09:00:00Z

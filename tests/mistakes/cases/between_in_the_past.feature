# wrong: the window ends (2025-01-31T09:00:00+00:00) before the scenario's time after the When
# wrong: so this checks nothing
# fix: write instants after it, or write within <duration>
# line: 10
Feature: A window of time that ended before the When

  Scenario: the year of the window is mistyped
    Given the current time is 2026-01-01T09:00:00Z
    When the command StartSubscription is sent with subscription_id "S-1" and plan basic and monthly_fee 5.00
    Then no deadline PaymentDue is scheduled between 2025-01-01T09:00:00Z and 2025-01-31T09:00:00Z

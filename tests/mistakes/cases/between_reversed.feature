# wrong: the window ends (2026-01-01T00:00:00+00:00) before it starts
# fix: give the earlier instant first
# line: 9
Feature: Between reversed

  Scenario: between reversed
    Given the current time is 2026-01-01T00:00:00Z
    When the command StartSubscription is sent with subscription_id "S-1" and plan basic and monthly_fee 5.00
    Then no deadline PaymentDue is scheduled between 2026-03-01 and 2026-01-01

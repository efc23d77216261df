# wrong: FeePaid.paid_at: the value published has no time zone, and the one written has one
# fix: write 2026-01-01T09:00:00
# line: 10
Feature: F

  Scenario: s
    Given the current time is 2026-01-01T09:00:00Z
    Given the command StartSubscription was sent with subscription_id "S-1" and plan basic and monthly_fee 5.00
    When the command PayFee is sent with subscription_id "S-1" and amount 5.00
    Then the event FeePaid is published with paid_at 2026-01-01T09:00:00Z

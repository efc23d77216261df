# wrong: FeePaid.paid_at: cannot read
# fix: like 2026-01-01T09:00:00Z
# line: 8
Feature: Datetime tz name

  Scenario: datetime tz name
    Given the event SubscriptionStarted with subscription_id "S-1" and plan basic and monthly_fee 5.00 and started_on 2026-01-01
    And the event FeePaid with subscription_id "S-1" and amount 5.00 and paid_at "2026-01-02 09:00 CET"
    When the command PayFee is sent with subscription_id "S-1" and amount 5.00
    Then the command succeeds

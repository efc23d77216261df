# wrong: cannot read "2026-1-1" as a date
# fix: like 2026-01-01
# line: 7
Feature: F

  Scenario: s
    Given the event SubscriptionStarted with subscription_id "S-1" and plan basic and monthly_fee 5.00 and started_on 2026-1-1
    When the command PayFee is sent with subscription_id "S-1" and amount 5.00
    Then the command succeeds

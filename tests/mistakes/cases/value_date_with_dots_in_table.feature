# wrong: SubscriptionStarted.started_on: cannot read "01.02.2026"
# fix: like 2026-01-01
# line: 9
Feature: Date slashes

  Scenario: date slashes
    Given the events:
      | event               | subscription_id | plan  | monthly_fee | started_on |
      | SubscriptionStarted | S-1             | basic | 5.00        | 01.02.2026 |
    When the command PayFee is sent with subscription_id "S-1" and amount 5.00
    Then the command succeeds

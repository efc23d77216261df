# wrong: cannot read "gold" as
# line: 7
# fix: one of: BASIC, PREMIUM
Feature: Value bad enum

  Scenario: value bad enum
    When the command StartSubscription is sent with subscription_id "S-1" and plan gold and monthly_fee 5
    Then the command succeeds

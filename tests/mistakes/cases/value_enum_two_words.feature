# wrong: cannot read "premium plan"
# fix: did you mean PREMIUM?
# line: 7
Feature: F

  Scenario: s
    When the command StartSubscription is sent with subscription_id "S-1" and plan "premium plan" and monthly_fee 5.00
    Then the command succeeds

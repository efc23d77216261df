# wrong: cannot read "NaN"
# fix: a decimal number
# line: 7
Feature: Value nan for decimal

  Scenario: value nan for decimal
    When the command StartSubscription is sent with subscription_id "S-1" and plan basic and monthly_fee NaN
    Then the command succeeds

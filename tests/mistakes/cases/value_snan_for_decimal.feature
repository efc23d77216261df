# wrong: cannot read "sNaN"
# fix: a decimal number
# line: 7
Feature: Value snan for decimal

  Scenario: value snan for decimal
    When the command StartSubscription is sent with subscription_id "S-1" and plan basic and monthly_fee sNaN
    Then the command succeeds

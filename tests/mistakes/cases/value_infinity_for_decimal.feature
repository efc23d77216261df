# wrong: cannot read "-Infinity"
# fix: a decimal number
# line: 7
Feature: Value infinity for decimal

  Scenario: value infinity for decimal
    When the command StartSubscription is sent with subscription_id "S-1" and plan basic and monthly_fee -Infinity
    Then the command succeeds

# wrong: cannot read "5,00" as
# fix: decimal
# line: 7
Feature: Value bad decimal

  Scenario: value bad decimal
    When the command StartSubscription is sent with subscription_id "S-1" and plan basic and monthly_fee "5,00"
    Then the command succeeds

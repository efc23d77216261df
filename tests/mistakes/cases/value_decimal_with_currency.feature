# wrong: cannot read "€5.00"
# fix: like 12.50
# line: 7
Feature: Decimal currency

  Scenario: decimal currency
    When the command StartSubscription is sent with subscription_id "S-1" and plan basic and monthly_fee €5.00
    Then the command succeeds

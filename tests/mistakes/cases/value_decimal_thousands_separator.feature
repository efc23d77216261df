# wrong: cannot read "1,000.50"
# fix: like 12.50
# line: 7
Feature: Decimal thousands

  Scenario: decimal thousands
    When the command StartSubscription is sent with subscription_id "S-1" and plan basic and monthly_fee 1,000.50
    Then the command succeeds

# wrong: cannot read "5,00" as a decimal number
# fix: a number takes a decimal point, not a comma: write 5.00
# line: 9
Feature: F

  Scenario: s
    Given the current time is 2026-01-01T09:00:00Z
    When the command StartSubscription is sent with subscription_id "S-1" and plan basic and monthly_fee 5.00
    Then the event SubscriptionStarted is published with monthly_fee 5,00

# wrong: SubscriptionStarted.plan: cannot read "golden"
# fix: one of: BASIC, PREMIUM
# line: 8
Feature: Wrong value then

  Scenario: then wrong enum
    When the command StartSubscription is sent with subscription_id "S-1" and plan basic and monthly_fee 5.00
    Then the event SubscriptionStarted is published with plan golden

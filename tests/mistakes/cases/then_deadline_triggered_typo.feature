# wrong: Then
# fix: Then the deadline PaymentDue is triggered
# line: 9
Feature: Then deadline triggered typo

  Scenario: then deadline triggered typo
    Given the event SubscriptionStarted with subscription_id "S-1" and plan basic and monthly_fee 5 and started_on 2026-01-01
    When 31 days elapse
    Then the deadline PaymentDue was triggered

# wrong: unknown deadline 'PaymntDue'
# fix: did you mean PaymentDue?
# line: 9
Feature: Deadline trigger name typo

  Scenario: deadline trigger name typo
    Given the event SubscriptionStarted with subscription_id "S-1" and plan basic and monthly_fee 5 and started_on 2026-01-01
    When 31 days elapse
    Then the deadline PaymntDue is triggered

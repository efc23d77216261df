# wrong: no deadline came due (the next, PaymentDue, comes due in 20 days)
# fix: let the time reach it
# line: 11
# not: deadline handler
Feature: Whether the aggregate is deleted before its deadline came due

  Scenario: Ten days after the subscription started
    Given the current time is 2026-01-01T09:00:00Z
    And the command StartSubscription was sent with subscription_id "S-1" and plan basic and monthly_fee 5.00
    When 10 days elapse
    Then the aggregate is marked deleted

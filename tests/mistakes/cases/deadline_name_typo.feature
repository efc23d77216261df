# wrong: unknown deadline 'PaymentDeu'
# fix: did you mean PaymentDue?
# line: 8
Feature: Deadline name typo

  Scenario: deadline name typo
    When the command StartSubscription is sent with subscription_id "S-1" and plan basic and monthly_fee 5
    Then a deadline PaymentDeu is scheduled in 30 days

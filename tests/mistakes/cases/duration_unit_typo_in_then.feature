# wrong: cannot read "30 dys" as a duration
# fix: did you mean "days"?
# line: 8
Feature: Deadline days typo

  Scenario: deadline days typo
    When the command StartSubscription is sent with subscription_id "S-1" and plan basic and monthly_fee 5.00
    Then a deadline PaymentDue is scheduled in 30 dys

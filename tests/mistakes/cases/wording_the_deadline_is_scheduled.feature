# wrong: no step reads "Then the deadline PaymentDue is scheduled in 30 days"
# fix: Then a deadline PaymentDue is scheduled in 30 days
# not: within in
# line: 9
Feature: Deadline without a

  Scenario: deadline without a
    When the command StartSubscription is sent with subscription_id "S-1" and plan basic and monthly_fee 5.00
    Then the deadline PaymentDue is scheduled in 30 days

# wrong: no step reads
# fix: Then a deadline PaymentDue is scheduled in <duration>
# line: 8
Feature: F

  Scenario: s
    When the command StartSubscription is sent with subscription_id "S-1" and plan basic and monthly_fee 5.00
    Then a deadline PaymentDue is scheduled

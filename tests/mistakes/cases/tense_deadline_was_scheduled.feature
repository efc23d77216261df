# wrong: Then
# fix: Then a deadline PaymentDue is scheduled in
# line: 8
Feature: Tense deadline was scheduled

  Scenario: tense deadline was scheduled
    When the command StartSubscription is sent with subscription_id "S-1" and plan basic and monthly_fee 5
    Then a deadline PaymentDue was scheduled in 30 days

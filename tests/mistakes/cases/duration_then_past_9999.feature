# wrong: 9999
# fix: shorter
# line: 8
Feature: Duration then past 9999

  Scenario: duration then past 9999
    When the command StartSubscription is sent with subscription_id "S-1" and plan basic and monthly_fee 5
    Then a deadline PaymentDue is scheduled in 4000000 days

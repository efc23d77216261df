# wrong: cannot read "a month" as a duration
# fix: 30 days
# line: 8
Feature: Scheduled in bad duration

  Scenario: scheduled in bad duration
    When the command StartSubscription is sent with subscription_id "S-1" and plan basic and monthly_fee 5
    Then a deadline PaymentDue is scheduled in a month

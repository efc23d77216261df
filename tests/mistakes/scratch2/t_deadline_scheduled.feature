Feature: t_deadline_scheduled

  Scenario: t_deadline_scheduled
    When the command StartSubscription is sent with subscription_id "S-1" and plan basic and monthly_fee 5.00
    Then a deadline PaymentDue is schedled in 30 days

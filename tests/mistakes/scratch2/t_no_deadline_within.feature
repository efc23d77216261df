Feature: t_no_deadline_within

  Scenario: t_no_deadline_within
    When the command StartSubscription is sent with subscription_id "S-1" and plan basic and monthly_fee 5.00
    Then no deadline PaymentDue is scheduled withn 10 days

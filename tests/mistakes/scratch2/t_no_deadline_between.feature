Feature: t_no_deadline_between

  Scenario: t_no_deadline_between
    When the command StartSubscription is sent with subscription_id "S-1" and plan basic and monthly_fee 5.00
    Then no deadline PaymentDue is scheduled betwen 2026-01-01 and 2026-01-02

Feature: t_deadline_triggered

  Scenario: t_deadline_triggered
    Given the command StartSubscription was sent with subscription_id "S-1" and plan basic and monthly_fee 5.00
    When 31 days elapse
    Then the deadline PaymentDue is trigered

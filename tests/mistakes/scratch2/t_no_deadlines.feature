Feature: t_no_deadlines

  Scenario: t_no_deadlines
    When the command StartSubscription is sent with subscription_id "S-1" and plan basic and monthly_fee 5.00
    Then no deadlines are schduled

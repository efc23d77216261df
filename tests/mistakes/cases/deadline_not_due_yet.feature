# wrong: the deadline PaymentDue was not triggered
# fix: triggered: none
# line: 8
Feature: F

  Scenario: s
    When the command StartSubscription is sent with subscription_id "S-1" and plan basic and monthly_fee 5.00
    Then the deadline PaymentDue is triggered

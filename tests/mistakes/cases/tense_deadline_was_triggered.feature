# wrong: no step reads
# fix: Then the deadline PaymentDue is triggered
# line: 9
Feature: Deadline was triggered

  Scenario: deadline was triggered
    Given the command StartSubscription was sent with subscription_id "S-1" and plan basic and monthly_fee 5.00
    When 31 days elapse
    Then the deadline PaymentDue was triggered

# wrong: no step reads "Then no deadline is scheduled"
# fix: Then no deadlines are scheduled
# line: 8
Feature: F

  Scenario: s
    When the command StartSubscription is sent with subscription_id "S-1" and plan basic and monthly_fee 5.00
    Then no deadline is scheduled

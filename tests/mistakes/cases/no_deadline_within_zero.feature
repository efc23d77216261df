# wrong: within no time at all checks nothing
# fix: write how long from now, e.g. within 30 days
# line: 8
Feature: F

  Scenario: s
    When the command StartSubscription is sent with subscription_id "S-1" and plan basic and monthly_fee 5.00
    Then no deadline PaymentDue is scheduled within 0 days

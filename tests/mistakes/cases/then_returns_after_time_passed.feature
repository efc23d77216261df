# wrong: the When step sent no command (it let time pass)
# fix: send the command in the When step
# line: 9
Feature: F

  Scenario: s
    Given the command StartSubscription was sent with subscription_id "S-1" and plan basic and monthly_fee 5
    When 31 days elapse
    Then the command returns 5

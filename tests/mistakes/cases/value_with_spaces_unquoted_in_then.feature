# wrong: has no field 'started_on 1st'
# fix: put the whole value in double quotes: started_on "1st …"
# line: 9
Feature: Then date bad

  Scenario: then date bad
    Given the current time is 2026-01-01T09:00:00Z
    When the command StartSubscription is sent with subscription_id "S-1" and plan basic and monthly_fee 5.00
    Then the event SubscriptionStarted is published with started_on 1st January

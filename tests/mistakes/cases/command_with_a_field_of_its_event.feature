# wrong: StartSubscription has no field 'started_on'
# fix: its fields: subscription_id, plan, monthly_fee
# line: 7
Feature: Command with field of event

  Scenario: command field of event
    When the command StartSubscription is sent with subscription_id "S-1" and plan basic and monthly_fee 5.00 and started_on 2026-01-01
    Then the command succeeds

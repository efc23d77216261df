# wrong: that id comes from the given CardIssued, which Subscription has no handler for
# fix: give the events of the Subscription this scenario is about
# line: 10
Feature: F

  Background:
    Given the event CardIssued with card_id "GC-1" and amount 100

  Scenario: s
    When the command StartSubscription is sent with subscription_id "S-1" and plan basic and monthly_fee 5.00
    Then the command succeeds

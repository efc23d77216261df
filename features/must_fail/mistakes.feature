@must-fail
Feature: Mistakes in feature files get messages a domain expert can act on
  Every scenario here fails on purpose; tests/test_features.py checks the messages.

  Scenario: An event name with a typo
    Given the event CardIsued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

  Scenario: A field name with a typo
    Given the event CardIssued with card_id "GC-1" and amout 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

  Scenario: A required field left out
    Given the event CardIssued with card_id "GC-1"
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

  Scenario: A value that is not a number
    Given the event CardIssued with card_id "GC-1" and amount lots
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

  Scenario: A command named as an event
    Given the event RedeemCard with card_id "GC-1" and amount 30
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

  Scenario: A vertical table with three columns
    Given the event CardIssued:
      | field   | value | note |
      | card_id | GC-1  | x    |
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

  Scenario: A horizontal table whose first column is not the event
    Given the events:
      | evnt       | card_id | amount |
      | CardIssued | GC-1    | 100    |
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

  Scenario: A field that is not in the event of its row
    Given the events:
      | event      | card_id | amount | reason |
      | CardIssued | GC-1    | 100    | gift   |
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

  Scenario: A duration with a typo
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 31 dayz elapse
    Then no commands are dispatched

  Scenario: A time that does not exist
    Given the current time is 2026-13-01T09:00:00Z
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

  Scenario: A Then with no When before it
    Given the event CardIssued with card_id "GC-1" and amount 100
    Then the command succeeds

  Scenario: Nothing says which aggregate or saga
    Given no prior activity
    When 1 day elapses
    Then no events are published

  @aggregate:GiftCrad
  Scenario: A tag naming no aggregate
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

  Scenario: An exception name with a typo
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 130
    Then the command fails with InsuficientBalance

  Scenario: A wildcard in a Given
    Given the event CardIssued with card_id * and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

  Scenario: A JSON doc string that is not JSON
    When the command IssueCard is sent:
      """
      {"card_id": "GC-1", amount: 10}
      """
    Then the command succeeds

  Scenario: A deadline name with a typo
    When the command StartSubscription is sent with subscription_id "S-1" and plan basic and monthly_fee 5
    Then a deadline PaymentDeu is scheduled in 30 days

  Scenario: A saga step in a scenario about an aggregate
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then 1 saga is active

@must-fail
Feature: Wrong expectations show expected and actual events as tables
  Every scenario here fails on purpose; tests/test_features.py checks the messages.

  Background:
    Given the event CardIssued with card_id "GC-1" and amount 100

  Scenario: A field differs
    When the command RedeemCard is sent with card_id "GC-1" and amount 20
    Then the events are:
      | event        | card_id | amount |
      | CardRedeemed | GC-1    | 30     |

  Scenario: An event too many is expected
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the events are:
      | event        | card_id | amount |
      | CardRedeemed | GC-1    | 30     |
      | CardRedeemed | GC-1    | 10     |

  Scenario: Events are expected but the command failed
    When the command RedeemCard is sent with card_id "GC-1" and amount 130
    Then the event CardRedeemed is published with card_id "GC-1" and amount 130

  Scenario: An event expected in order is missing
    When the command CancelCard is sent with card_id "GC-1" and reason "lost"
    Then the events include, in order:
      | event         | card_id |
      | CardRedeemed  | GC-1    |
      | CardCancelled | GC-1    |

  Scenario: An event that should not be there
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then no events are published

  Scenario: A command expected to succeed fails
    When the command RedeemCard is sent with card_id "GC-1" and amount 130
    Then the command succeeds

  Scenario: A wrong result
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command returns 60

  Scenario: A wrong state
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the aggregate state has remaining 60 and cancelled false

# wrong: repeats the one at line 12 word for word
# fix: remove it
# line: 15
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the events are:
      | event        | card_id | amount |
      | CardRedeemed | GC-1    | 30     |
    And the events are:
      | event        | card_id | amount |
      | CardRedeemed | GC-1    | 31     |
    And the events are:
      | event        | card_id | amount |
      | CardRedeemed | GC-1    | 31     |

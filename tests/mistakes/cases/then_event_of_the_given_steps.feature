# wrong: CardIssued happened in the Given steps, before the When
# fix: a Then step checks only what the When published
# line: 9
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the events are:
      | event        | card_id | amount |
      | CardIssued   | GC-1    | 100    |
      | CardRedeemed | GC-1    | 30     |

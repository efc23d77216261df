# wrong: "@aggregate:GiftCard" is written after the Feature name
# fix: put it on a line of its own above the "Feature:" line
# line: 4
Feature: F @aggregate:GiftCard

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command returns 70

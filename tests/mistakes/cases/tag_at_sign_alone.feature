# wrong: has a word without "@"
# fix: write: @aggregate:GiftCard
# line: 7
# alone: yes
Feature: F

  @ aggregate:GiftCard
  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command returns 70

# wrong: comes right after the tag line "@aggregate:GiftCard"
# fix: move the tag line above the Scenario: line
# line: 9
# alone: yes
Feature: F

  Scenario: s
    @aggregate:GiftCard
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command returns 70

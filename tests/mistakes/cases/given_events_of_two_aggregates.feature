# wrong: the given events are about two GiftCards, 'GC-1' and then 'GC-2'
# fix: give the events of 'GC-1' only
# line: 8
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    And the event CardIssued with card_id "GC-2" and amount 50
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command returns 70

# wrong: When
# fix: When the command RedeemCard is sent
# line: 8
Feature: Tense command was sent in when

  Scenario: tense command was sent in when
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard was sent with card_id "GC-1" and amount 30
    Then the command succeeds

# wrong: When
# fix: When the command RedeemCard is sent
# line: 8
Feature: Tense command is send

  Scenario: tense command is send
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is send with card_id "GC-1" and amount 30
    Then the command succeeds

# wrong: is a When step, not a Given step
# fix: write: When the command RedeemCard is sent
# line: 8
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    And the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

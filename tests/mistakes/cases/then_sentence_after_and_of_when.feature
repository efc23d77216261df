# wrong: "And the command succeeds" is a Then sentence, but "And" makes it a When step
# fix: write Then the command succeeds
# line: 9
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    And the command succeeds

# wrong: "And then the command returns 70" starts with "And"
# fix: write: Then the command returns 70
# line: 9
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    And then the command returns 70

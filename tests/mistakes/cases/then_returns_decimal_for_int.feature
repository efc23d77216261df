# wrong: "7.0" is not one
# fix: a whole number
# line: 9
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 10
    When the command RedeemCard is sent with card_id "GC-1" and amount 3
    Then the command returns 7.0

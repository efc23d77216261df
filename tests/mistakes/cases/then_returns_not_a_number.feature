# wrong: the command returns a whole number, and "seventy" is not one
# fix: whole number
# line: 9
Feature: Then returns not a number

  Scenario: then returns not a number
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command returns seventy

# wrong: cannot read "Infinity" as a whole number
# fix: a whole number
# line: 7
Feature: Value infinity for int

  Scenario: value infinity for int
    Given the event CardIssued with card_id "GC-1" and amount Infinity
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

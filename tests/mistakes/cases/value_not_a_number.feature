# wrong: CardIssued.amount: cannot read "lots" as a whole number
# fix: a whole number
# line: 7
Feature: Value not a number

  Scenario: value not a number
    Given the event CardIssued with card_id "GC-1" and amount lots
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

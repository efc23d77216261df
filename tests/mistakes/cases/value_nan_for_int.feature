# wrong: cannot read "NaN" as a whole number
# fix: a whole number
# line: 7
Feature: Value nan for int

  Scenario: value nan for int
    Given the event CardIssued with card_id "GC-1" and amount NaN
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

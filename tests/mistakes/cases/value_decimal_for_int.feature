# wrong: cannot read "10.5" as a whole number
# fix: a whole number
# line: 7
Feature: Value decimal for int

  Scenario: value decimal for int
    Given the event CardIssued with card_id "GC-1" and amount 10.5
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

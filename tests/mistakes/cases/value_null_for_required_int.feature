# wrong: cannot read "null"
# fix: whole number
# line: 7
Feature: Value null for required int

  Scenario: value null for required int
    Given the event CardIssued with card_id "GC-1" and amount null
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

# wrong: amount
# wrong: twice
# fix: once
# line: 8
Feature: Duplicate inline field

  Scenario: duplicate inline field
    Given the event CardIssued with card_id "GC-1" and amount 100 and amount 200
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

# wrong: the letter "O" in it is not a zero
# fix: write 100
# line: 7
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 1O0
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command returns 70

# wrong: a minus sign "−" in "−5"
# fix: write -5
# line: 8
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount −5
    Then the command fails with ValueError

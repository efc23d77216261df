# wrong: Then
# fix: Then the command fails with
# line: 9
Feature: Tense command failed with

  Scenario: tense command failed with
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command failed with InsufficientBalance

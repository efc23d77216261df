# wrong: unknown exception 'InsuficientBalance'
# fix: did you mean InsufficientBalance?
# line: 9
Feature: Exception name typo

  Scenario: exception name typo
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 130
    Then the command fails with InsuficientBalance

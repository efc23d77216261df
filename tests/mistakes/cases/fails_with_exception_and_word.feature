# wrong: unknown exception 'InsufficientBalance exception'
# fix: did you mean InsufficientBalance?
# line: 9
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 10
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command fails with InsufficientBalance exception

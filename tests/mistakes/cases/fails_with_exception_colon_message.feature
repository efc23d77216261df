# wrong: the exception and its message are two steps
# fix: And the command fails with message "balance is 100"
# line: 9
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 130
    Then the command fails with InsufficientBalance: balance is 100

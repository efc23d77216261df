# wrong: but it failed with InsufficientBalance: balance is 100
# fix: expected to fail with the message "balance is 99"
# line: 9
Feature: Curly quotes are read as quotes

  Scenario: curly quotes around a message
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id “GC-1” and amount 130
    Then the command fails with message “balance is 99”

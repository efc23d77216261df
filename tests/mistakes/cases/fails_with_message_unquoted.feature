# wrong: Then
# fix: the message must be in double quotes: Then the command fails with message "balance is 100"
# line: 9
Feature: Fails with message unquoted

  Scenario: fails with message unquoted
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 130
    Then the command fails with message balance is 100

# wrong: must be in double quotes here
# fix: Then the command fails with message "balance is 10"
# line: 9
Feature: Fails with single quotes

  Scenario: fails single quotes
    Given the event CardIssued with card_id "GC-1" and amount 10
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command fails with message 'balance is 10'

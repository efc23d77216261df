# wrong: RedeemCard is a command
# fix: not an exception: Then the command fails with … names the exception
# line: 9
Feature: Fails with a command

  Scenario: fails with a command
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 130
    Then the command fails with RedeemCard

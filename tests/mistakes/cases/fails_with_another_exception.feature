# wrong: but it failed with InsufficientBalance: balance is 100
# fix: the command was expected to fail with CardAlreadyCancelled
# line: 9
Feature: The command fails with another exception than the Then says

  Scenario: redeeming more than the balance
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 130
    Then the command fails with CardAlreadyCancelled

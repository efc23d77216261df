# wrong: cannot check the aggregate state: the command failed with InsufficientBalance
# fix: Then the command fails with InsufficientBalance
# not: expect_exception
# line: 10
Feature: A refused command committed no state to check

  Scenario: Redeeming more than the balance
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 130
    Then the aggregate state has remaining 100

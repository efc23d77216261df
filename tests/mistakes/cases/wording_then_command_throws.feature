# wrong: Then
# fix: Then the command fails with
# line: 9
Feature: Wording then command throws

  Scenario: wording then command throws
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command throws InsufficientBalance

# wrong: no step reads "Then an InsufficientBalance is raised"
# fix: write: Then the command fails with InsufficientBalance
# line: 9
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 10
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then an InsufficientBalance is raised

# wrong: "*" in quotes is the text *, not any message
# fix: name the exception: Then the command fails with InsufficientBalance
# line: 9
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 300
    Then the command fails with message "*"

# wrong: repeats the one at line 10 word for word
# fix: remove it, or write what else must follow
# line: 11
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 300
    Then the command fails with InsufficientBalance
    And no events are published
    And no events are published

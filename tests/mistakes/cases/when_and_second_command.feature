# wrong: this is a second one
# fix: a scenario has one When step
# line: 9
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 10
    When the command RedeemCard is sent with card_id "GC-1" and amount 3
    And the command RedeemCard is sent with card_id "GC-1" and amount 3
    Then the command succeeds

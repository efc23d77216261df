# wrong: no step of the Scenario Outline has a placeholder
# fix: write <amount> where each row's value goes
# line: 6
Feature: F

  Scenario Outline: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

    Examples:
      | amount |
      | 30     |

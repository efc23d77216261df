# wrong: no step of the Scenario Outline has a placeholder
# fix: write <start> where each row's value goes
# line: 6
Feature: F

  Scenario Outline: s
    Given the event CardIssued with card_id "GC-1" and amount < start >
    When the command RedeemCard is sent with card_id "GC-1" and amount 3
    Then the command succeeds

    Examples:
      | start |
      | 10    |

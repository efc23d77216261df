# wrong: "Example:" starts a new scenario
# fix: write Examples:
# line: 11
Feature: F

  Scenario Outline: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount <amount>
    Then the command succeeds

    Example:
      | amount |
      | 10     |

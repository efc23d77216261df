# wrong: the Examples column amount is written twice
# fix: give each column one name of its own
# line: 12
Feature: F

  Scenario Outline: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount <amount>
    Then the command succeeds

    Examples:
      | amount | amount |
      | 30     | 40     |

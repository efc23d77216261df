# wrong: "{amount}" is no placeholder
# fix: write <amount>
# line: 8
Feature: F

  Scenario Outline: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount {amount}
    Then the command succeeds

    Examples:
      | amount |
      | 10     |

# wrong: "Examples" needs a colon
# fix: write: Examples:
# alone: yes
# line: 12
Feature: Examples no colon

  Scenario Outline: outline
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount <amount>
    Then the command succeeds

    Examples
      | amount |
      | 30     |

# wrong: Examples: belong to a Scenario Outline
# fix: write "Scenario Outline:"
# alone: yes
# line: 12
Feature: Examples in scenario

  Scenario: examples in scenario
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount <amount>
    Then the command succeeds

    Examples:
      | amount |
      | 30     |

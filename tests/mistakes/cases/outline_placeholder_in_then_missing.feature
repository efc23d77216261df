# wrong: <remaining>
# wrong: Examples
# fix: Examples
# line: 10
Feature: Outline placeholder in then missing

  Scenario Outline: Redeeming
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount <amount>
    Then the command returns <remaining>

    Examples:
      | amount |
      | 10     |

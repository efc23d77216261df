# wrong: <amout>
# wrong: Examples
# fix: amount
# line: 9
Feature: Outline placeholder missing

  Scenario Outline: Redeeming
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount <amout>
    Then the command succeeds

    Examples:
      | amount |
      | 10     |

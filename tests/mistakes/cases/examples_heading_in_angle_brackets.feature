# wrong: <amount> is not a column of the Examples table
# fix: write the heading without <>: | amount |
# not: <<amount>>
# line: 9
Feature: Examples header brackets

  Scenario Outline: header brackets
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount <amount>
    Then the command succeeds

    Examples:
      | <amount> |
      | 30       |

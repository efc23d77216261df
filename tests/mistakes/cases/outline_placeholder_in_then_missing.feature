# wrong: <remaining> is not a column of the Examples table
# wrong: <remaining> is not a column of the Examples table
# fix: its columns: amount
# line: 10
Feature: Outline placeholder in then missing

  Scenario Outline: Redeeming
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount <amount>
    Then the command returns <remaining>

    Examples:
      | amount |
      | 10     |

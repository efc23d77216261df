# wrong: <amonut> is not a column of the Examples table
# fix: did you mean <amount>?
# line: 7
Feature: Outline table

  Scenario Outline: outline table
    Given the events:
      | event      | card_id | amount   |
      | CardIssued | GC-1    | <amonut> |
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

    Examples:
      | amount |
      | 100    |

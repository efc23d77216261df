# wrong: a column of the Examples table has no name
# fix: write its name in the heading row, or remove the column
# line: 12
Feature: F

  Scenario Outline: s
    Given the event CardIssued with card_id "GC-1" and amount <start>
    When the command RedeemCard is sent with card_id "GC-1" and amount 3
    Then the command succeeds

    Examples:
      | start |       |
      | 10    | small |

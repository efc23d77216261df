# wrong: <start> is not a column of every Examples table
# fix: add the column start to each of them
# not: this is a Scenario, not a Scenario Outline
# line: 8
Feature: F

  Scenario Outline: s
    Given the event CardIssued with card_id "GC-1" and amount <start>
    When the command RedeemCard is sent with card_id "GC-1" and amount 3
    Then the command succeeds

    Examples:
      | start |
      | 10    |

    Examples:
      | begin |
      | 20    |

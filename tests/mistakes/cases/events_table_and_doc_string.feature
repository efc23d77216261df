# wrong: this step has a table and a doc string
# fix: list the events once, in the table or as a JSON array
# line: 7
Feature: F

  Scenario: s
    Given the events:
      | event | card_id | amount |
      | CardIssued | GC-1 | 100 |
      """
      []
      """
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command returns 70

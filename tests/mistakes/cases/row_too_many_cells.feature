# wrong: this table row does not have as many cells as the heading row
# fix: one cell per column
# alone: yes
# line: 10
Feature: Row too many cells

  Scenario: row too many cells
    Given the events:
      | event      | card_id | amount |
      | CardIssued | GC-1    | 100    | 5 |
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

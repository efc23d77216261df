# wrong: does not have as many cells as the heading row
# fix: one cell per column
# alone: yes
# line: 10
Feature: Too few

  Scenario: too few
    Given the events:
      | event      | card_id | amount |
      | CardIssued | GC-1    |
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

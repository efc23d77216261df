# wrong: this table has a heading row and no rows
# fix: write one row per event
# line: 7
Feature: Empty events table

  Scenario: empty events table
    Given the events:
      | event      | card_id | amount |
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

# wrong: a field of this table has no name
# fix: write its name in the empty cell
# line: 8
Feature: F

  Scenario: s
    Given the events:
      | event      | card_id |     |
      | CardIssued | GC-1    | 100 |
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command returns 70

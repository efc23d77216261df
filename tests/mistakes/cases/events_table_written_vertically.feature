# wrong: the first column of this table must be 'event', not 'field'
# fix: a heading row | event | <field> |
# line: 8
Feature: Events vertical

  Scenario: events vertical
    Given the events:
      | field   | value      |
      | event   | CardIssued |
      | card_id | GC-1       |
      | amount  | 100        |
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

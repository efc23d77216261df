# wrong: the first column of this table must be 'event', not 'evnt'
# fix: did you mean event?
# line: 8
Feature: Horizontal first column wrong

  Scenario: horizontal first column wrong
    Given the events:
      | evnt       | card_id | amount |
      | CardIssued | GC-1    | 100    |
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

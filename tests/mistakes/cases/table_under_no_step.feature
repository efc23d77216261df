# wrong: this table is under no step
# fix: put it right under the step it belongs to
# line: 7
Feature: Table before step

  Scenario: table before step
      | event      | card_id | amount |
      | CardIssued | GC-1    | 100    |
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

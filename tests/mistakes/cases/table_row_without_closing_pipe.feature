# wrong: does not end with "|"
# fix: close the last cell with "|"
# line: 8
Feature: Missing pipe

  Scenario: missing pipe
    Given the events:
      | event      | card_id | amount
      | CardIssued | GC-1    | 100    |
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

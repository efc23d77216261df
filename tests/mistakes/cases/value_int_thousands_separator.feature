# wrong: cannot read "1,000" as a whole number
# fix: write it without separators: 1000
# line: 7
Feature: F

  Scenario: s
    Given the event CardIssued:
      | card_id | GC-1  |
      | amount  | 1,000 |
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command returns 970

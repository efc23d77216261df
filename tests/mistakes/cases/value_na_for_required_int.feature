# wrong: cannot read "n/a" as a whole number
# wrong: "n/a" stands for no value
# fix: write the value, or null if the field may have none
# line: 10
Feature: F

  Scenario: s
    Given the events:
      | event      | card_id | amount |
      | CardIssued | GC-1    | n/a    |
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command returns 70

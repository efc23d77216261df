# wrong: a Cyrillic "І" in "CardІssued"
# fix: write CardIssued
# line: 9
Feature: F

  Scenario: s
    Given the events:
      | event      | card_id | amount |
      | CardІssued | GC-1    | 100    |
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command returns 70

# wrong: takes no table
# fix: remove the table under it
# line: 9
Feature: Table on step taking none

  Scenario: table on step taking none
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
      | field | value |
      | amount | 5 |

# wrong: table
# fix: with
# line: 7
Feature: Table after inline fields

  Scenario: table after inline fields
    Given the event CardIssued with card_id "GC-1" and amount 100
      | field | value |
      | amount | 5 |
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

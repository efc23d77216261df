# wrong: CardIssued has no field 'Name'
# fix: if | Name | Value | is the heading row of the table, write it | field | value | (or leave it out)
# line: 7
Feature: F

  Scenario: s
    Given the event CardIssued:
      | Name    | Value |
      | card_id | GC-1  |
      | amount  | 100   |
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

# fix: did you mean card_id?
# line: 7
# wrong: CardIssued has no field 'crad_id'
Feature: Field name typo in vertical table

  Scenario: field name typo in vertical table
    Given the event CardIssued:
      | field  | value |
      | crad_id | GC-1 |
      | amount | 100   |
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

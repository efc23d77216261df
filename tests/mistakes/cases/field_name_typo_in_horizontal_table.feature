# wrong: CardIssued has no field 'amonut'
# fix: did you mean amount?
# line: 9
Feature: Field name typo in horizontal table

  Scenario: field name typo in horizontal table
    Given the events:
      | event      | card_id | amonut |
      | CardIssued | GC-1    | 100    |
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

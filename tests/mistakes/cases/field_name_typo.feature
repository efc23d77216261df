# wrong: CardIssued has no field 'amout'
# fix: did you mean amount?
# line: 7
Feature: Field name typo

  Scenario: field name typo
    Given the event CardIssued with card_id "GC-1" and amout 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

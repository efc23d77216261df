# fix: did you mean card_id?
# line: 8
# wrong: RedeemCard has no field 'card_di'
Feature: Field name typo in when

  Scenario: field name typo in when
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_di "GC-1" and amount 30
    Then the command succeeds

# wrong: CardRedeemed has no field 'amont'
# fix: did you mean amount?
# line: 9
Feature: Field name typo in then

  Scenario: field name typo in then
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the event CardRedeemed is published with card_id "GC-1" and amont 30

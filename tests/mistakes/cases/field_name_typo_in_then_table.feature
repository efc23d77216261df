# wrong: CardRedeemed has no field 'amout'
# fix: did you mean amount?
# line: 11
Feature: Field name typo in then table

  Scenario: field name typo in then table
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the events are:
      | event        | card_id | amout |
      | CardRedeemed | GC-1    | 30    |

# wrong: GiftCard has no state 'remainig'
# fix: did you mean remaining?
# line: 9
Feature: State name typo

  Scenario: state name typo
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the aggregate state has remainig 70

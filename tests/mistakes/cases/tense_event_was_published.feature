# wrong: Then
# fix: Then the event CardRedeemed is published
# line: 9
Feature: Tense event was published

  Scenario: tense event was published
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the event CardRedeemed was published with card_id "GC-1" and amount 30

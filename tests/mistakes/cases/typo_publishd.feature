# wrong: Then
# fix: Then the event CardRedeemed is published
# line: 9
Feature: Typo publishd

  Scenario: typo publishd
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the event CardRedeemed is publishd with card_id "GC-1" and amount 30

# wrong: Then
# fix: Then the event CardRedeemed is published
# line: 9
Feature: Wording then event is emitted

  Scenario: wording then event is emitted
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the event CardRedeemed is emitted with card_id "GC-1" and amount 30

# wrong: Then
# fix: Then the event CardRedeemed is published
# line: 9
Feature: Wording then event is raised

  Scenario: wording then event is raised
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the event CardRedeemed is raised with card_id "GC-1" and amount 30

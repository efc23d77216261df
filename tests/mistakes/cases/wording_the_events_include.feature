# wrong: Then
# fix: Then the events include, in order:
# line: 9
Feature: Wording the events include

  Scenario: wording the events include
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the events include:
      | event | card_id |
      | CardRedeemed | GC-1 |

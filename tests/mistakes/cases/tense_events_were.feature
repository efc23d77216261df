# wrong: Then
# fix: Then the events are:
# line: 9
Feature: Tense events were

  Scenario: tense events were
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the events were:
      | event | card_id |
      | CardRedeemed | GC-1 |

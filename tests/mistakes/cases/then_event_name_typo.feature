# wrong: unknown event 'CardRedemed'
# fix: did you mean CardRedeemed?
# line: 9
Feature: Then event name typo

  Scenario: then event name typo
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the event CardRedemed is published with card_id "GC-1" and amount 30

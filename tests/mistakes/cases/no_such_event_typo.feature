# wrong: unknown event 'CardRedeemd'
# fix: did you mean CardRedeemed?
# line: 9
Feature: No such event typo

  Scenario: no such event typo
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then no CardRedeemd event is published

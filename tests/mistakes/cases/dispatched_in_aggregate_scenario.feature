# wrong: this Then step is about a saga
# fix: the aggregate GiftCard
# line: 9
Feature: Dispatched in aggregate

  Scenario: dispatched aggregate
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command RedeemCard is dispatched

# wrong: this Then step is about a saga
# fix: GiftCard
# line: 9
Feature: Saga step in aggregate scenario

  Scenario: saga step in aggregate scenario
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then 1 saga is active

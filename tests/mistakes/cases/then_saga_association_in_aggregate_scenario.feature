# wrong: this Then step is about a saga, but the scenario exercises the aggregate GiftCard
# fix: a saga
# line: 9
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then a saga is associated with card_id "GC-1"

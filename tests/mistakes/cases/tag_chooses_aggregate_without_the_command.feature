# wrong: chose Subscription, which does not handle the command RedeemCard
# fix: tag the scenario @aggregate:GiftCard
# line: 9
Feature: F

  @aggregate:Subscription
  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command returns 70

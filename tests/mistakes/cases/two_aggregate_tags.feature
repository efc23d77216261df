# wrong: two aggregates
# wrong: GiftCard
# wrong: Order
# fix: one
# line: 10
Feature: Two aggregate tags

  @aggregate:GiftCard @aggregate:Order
  Scenario: two aggregate tags
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

# wrong: @agregate:GiftCard is not a tag castle-bdd reads
# fix: write @aggregate:GiftCard
# line: 6
Feature: F

  @agregate:GiftCard
  Rule: cards
    Scenario: s
      Given the event CardIssued with card_id "GC-1" and amount 10
      When the command RedeemCard is sent with card_id "GC-1" and amount 3
      Then the command succeeds

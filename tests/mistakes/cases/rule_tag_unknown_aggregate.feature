# wrong: unknown aggregate 'GiftCrad'
# fix: did you mean GiftCard?
# line: 6
Feature: F

  @aggregate:GiftCrad
  Rule: cards

    Scenario: s
      Given the event CardIssued with card_id "GC-1" and amount 10
      When the command RedeemCard is sent with card_id "GC-1" and amount 3
      Then the command succeeds

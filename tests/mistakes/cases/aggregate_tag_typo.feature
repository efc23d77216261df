# wrong: unknown aggregate 'GiftCrad'
# fix: did you mean GiftCard?
# line: 6
Feature: Aggregate tag typo

  @aggregate:GiftCrad
  Scenario: aggregate tag typo
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

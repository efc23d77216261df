# wrong: unknown aggregate 'GiftKard'
# fix: did you mean GiftCard?
# line: 4
@aggregate:GiftKard
Feature: Aggregate tag on feature typo

  Scenario: aggregate tag on feature typo
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

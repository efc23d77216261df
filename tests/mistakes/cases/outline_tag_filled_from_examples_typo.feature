# wrong: unknown aggregate 'GiftCrad'
# fix: did you mean GiftCard?
# line: 6
Feature: F

  @aggregate:<kind>
  Scenario Outline: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 3
    Then the command succeeds

    Examples:
      | kind     |
      | GiftCrad |

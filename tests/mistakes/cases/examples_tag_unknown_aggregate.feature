# wrong: unknown aggregate 'GiftCrad'
# fix: did you mean GiftCard?
# line: 11
Feature: F

  Scenario Outline: s
    Given the event CardIssued with card_id "GC-1" and amount <start>
    When the command RedeemCard is sent with card_id "GC-1" and amount 3
    Then the command succeeds

    @aggregate:GiftCrad
    Examples:
      | start |
      | 10    |

# wrong: tagged @aggregate:GiftCard and @aggregate:Order
# wrong: tagged @aggregate:GiftCard and @aggregate:Order
# wrong: tagged @aggregate:GiftCard and @aggregate:Order
# fix: keep one
# line: 8
Feature: Two aggregate tags

  @aggregate:GiftCard @aggregate:Order
  Scenario: two aggregate tags
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

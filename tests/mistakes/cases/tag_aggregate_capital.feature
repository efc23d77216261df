# wrong: @Aggregate:GiftCard is not a tag
# fix: write @aggregate:GiftCard
# line: 6
Feature: Tag capital

  @Aggregate:GiftCard
  Scenario: tag capital
    Given the event CardIssued with card_id "GC-1" and amount 10
    When the command RedeemCard is sent with card_id "GC-1" and amount 3
    Then the command succeeds

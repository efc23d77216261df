# wrong: @aggregates:GiftCard is not a tag
# fix: write @aggregate:GiftCard
# line: 6
Feature: Tag plural

  @aggregates:GiftCard
  Scenario: tag plural
    Given the event CardIssued with card_id "GC-1" and amount 10
    When the command RedeemCard is sent with card_id "GC-1" and amount 3
    Then the command succeeds

# wrong: GiftCard is an aggregate
# fix: tag it @aggregate:GiftCard
# line: 6
Feature: Saga tag names aggregate

  @saga:GiftCard
  Scenario: saga tag names aggregate
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

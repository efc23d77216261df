# wrong: @aggregate: names no aggregate
# fix: e.g. @aggregate:GiftCard
# line: 6
Feature: Empty aggregate tag

  @aggregate:
  Scenario: empty aggregate tag
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

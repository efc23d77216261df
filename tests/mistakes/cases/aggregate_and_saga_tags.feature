# wrong: both
# wrong: @aggregate:GiftCard
# wrong: @saga:InvoicingSaga
# fix: one
# line: 10
Feature: Aggregate and saga tags

  @aggregate:GiftCard @saga:InvoicingSaga
  Scenario: aggregate and saga tags
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

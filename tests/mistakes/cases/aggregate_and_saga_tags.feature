# wrong: the scenario is tagged @aggregate:GiftCard and @saga:InvoicingSaga
# wrong: the scenario is tagged @aggregate:GiftCard and @saga:InvoicingSaga
# wrong: the scenario is tagged @aggregate:GiftCard and @saga:InvoicingSaga
# fix: keep one
# line: 8
Feature: Aggregate and saga tags

  @aggregate:GiftCard @saga:InvoicingSaga
  Scenario: aggregate and saga tags
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

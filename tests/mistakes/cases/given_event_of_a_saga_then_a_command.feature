# wrong: that id comes from the given InvoiceCreated, which GiftCard has no handler for
# fix: give the events of the GiftCard
# line: 8
Feature: F

  Scenario: s
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command fails with InsufficientBalance

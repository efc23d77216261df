# wrong: the saga InvoicingSaga, which cannot take commands here
# fix: tag the scenario for the aggregate instead (@aggregate:Name)
# line: 11
Feature: F

  @saga:InvoicingSaga
  Rule: cards

    Scenario: s
      Given the event CardIssued with card_id "GC-1" and amount 10
      When the command RedeemCard is sent with card_id "GC-1" and amount 3
      Then the command succeeds

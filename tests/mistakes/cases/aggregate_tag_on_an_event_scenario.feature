# wrong: which cannot publish events here
# fix: tag the scenario for the saga instead (@saga:Name)
# line: 8
Feature: F

  @aggregate:GiftCard
  Scenario: s
    When the event InvoiceCreated is published with invoice_id "INV-1" and amount 100
    Then 1 saga is active

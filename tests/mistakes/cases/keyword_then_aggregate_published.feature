# wrong: Given
# fix: Given the aggregate "INV-1" published
# line: 9
Feature: Keyword then aggregate published

  Scenario: keyword then aggregate published
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 1 day elapses
    Then the aggregate "INV-1" published InvoicePaid with invoice_id "INV-1"

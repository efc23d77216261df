# wrong: When
# fix: When the aggregate "INV-1" publishes
# line: 8
Feature: When publishes typo

  Scenario: when publishes typo
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When the aggregate "INV-1" publish InvoicePaid with invoice_id "INV-1"
    Then no commands are dispatched

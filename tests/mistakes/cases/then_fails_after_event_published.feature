# wrong: the When step (no command was sent) succeeded
# fix: it was expected to fail with ValueError
# line: 9
Feature: F

  Scenario: s
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When the aggregate "INV-1" publishes InvoicePaid with invoice_id "INV-1"
    Then the command fails with ValueError

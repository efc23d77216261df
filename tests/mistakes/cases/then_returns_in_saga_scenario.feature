# wrong: this Then step is about an aggregate, but the scenario exercises the saga InvoicingSaga
# fix: an aggregate
# line: 9
Feature: F

  Scenario: s
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When the aggregate "INV-1" publishes InvoicePaid with invoice_id "INV-1"
    Then the command returns 5

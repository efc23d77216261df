# wrong: about an aggregate
# fix: InvoicingSaga
# line: 9
Feature: Aggregate step in saga scenario

  Scenario: aggregate step in saga scenario
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 31 days elapse
    Then the aggregate state has remaining 70

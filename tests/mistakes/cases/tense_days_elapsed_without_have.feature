# wrong: no step reads "Given 30 days elapsed"
# fix: Given 30 days have elapsed
# line: 8
Feature: Elapsed no have

  Scenario: elapsed no have
    Given the event InvoiceCreated was published with invoice_id "INV-1" and amount 100
    And 30 days elapsed
    When the event InvoicePaid is published with invoice_id "INV-1"
    Then 0 sagas are active

# wrong: "INV-1" must be in double quotes here
# fix: When the aggregate "INV-1" publishes InvoiceCreated
# line: 7
Feature: Aggregate publishes unquoted

  Scenario: aggregate publishes unquoted
    When the aggregate INV-1 publishes InvoiceCreated with invoice_id "INV-1" and amount 100
    Then 1 saga is active

# wrong: InvoiceCreated needs the fields invoice_id, amount
# fix: which the step does not give
# line: 7
Feature: F

  Scenario: s
    When the aggregate "INV-1" publishes InvoiceCreated
    Then 1 saga is active

# wrong: no step reads
# fix: Then 1 saga is active
# line: 8
Feature: Sagas running

  Scenario: sagas running
    When the event InvoiceCreated is published with invoice_id "INV-1" and amount 100
    Then 1 saga is running

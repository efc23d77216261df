# wrong: no step reads "Then 1 sagas is active"
# fix: Then 1 saga is active
# line: 8
Feature: Saga count plural

  Scenario: saga count plural
    When the event InvoiceCreated is published with invoice_id "INV-1" and amount 100
    Then 1 sagas is active

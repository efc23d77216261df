# wrong: Then
# line: 9
# fix: Then 1 sagas are active
Feature: Saga is active typo

  Scenario: saga is active typo
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 1 day elapses
    Then 1 saga are active

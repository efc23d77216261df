# fix: did you mean invoice_id?
# line: 9
# wrong: unknown association 'invoce_id'
Feature: Association key typo

  Scenario: association key typo
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 1 day elapses
    Then a saga is associated with invoce_id "INV-1"

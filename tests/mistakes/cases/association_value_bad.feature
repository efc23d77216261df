# wrong: invoice_id
# fix: expected: field name then value
# line: 9
Feature: Association value bad

  Scenario: association value bad
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 1 day elapses
    Then a saga is associated with invoice_id

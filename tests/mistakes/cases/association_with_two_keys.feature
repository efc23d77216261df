# fix: name one association key and its value
# line: 9
# wrong: name one association key
Feature: Association with two keys

  Scenario: association with two keys
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 1 day elapses
    Then a saga is associated with invoice_id "INV-1" and amount 100

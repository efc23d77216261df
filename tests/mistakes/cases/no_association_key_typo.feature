# wrong: unknown association 'invoce_id'
# fix: did you mean invoice_id?
# line: 8
Feature: No association key typo

  Scenario: no association key typo
    When the event InvoiceCreated is published with invoice_id "INV-1" and amount 100
    Then no saga is associated with invoce_id "INV-2"

# wrong: * (any value) matches the fields of a message, not an association
# fix: name the value the saga is associated with: invoice_id "…"
# line: 9
Feature: F

  Scenario: s
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 31 days elapse
    Then a saga is associated with invoice_id *

# wrong: unknown association 'invoice_id ='
# fix: write the key and its value with nothing between: invoice_id "…"
# line: 9
Feature: F

  Scenario: s
    Given no prior activity
    When the aggregate "INV-1" publishes InvoiceCreated with invoice_id "INV-1" and amount 100
    Then a saga is associated with invoice_id = "INV-1"

# wrong: unknown association 'invoice_id INV'
# fix: put the whole value in double quotes: invoice_id "INV …"
# line: 8
Feature: Association spaced

  Scenario: association spaced
    When the event InvoiceCreated is published with invoice_id "INV 1" and amount 100
    Then a saga is associated with invoice_id INV 1

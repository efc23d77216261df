# wrong: unknown association 'amount'
# fix: the associations there are: customer_id, invoice_id
# line: 8
Feature: Association key not association

  Scenario: association amount
    When the event InvoiceCreated is published with invoice_id "INV-1" and amount 100
    Then a saga is associated with amount 100

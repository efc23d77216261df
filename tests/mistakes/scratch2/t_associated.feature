Feature: t_associated

  Scenario: t_associated
    When the event InvoiceCreated is published with invoice_id "INV-1" and amount 100
    Then a saga is asociated with invoice_id "INV-1"

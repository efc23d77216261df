Feature: t_no_associated

  Scenario: t_no_associated
    When the event InvoiceCreated is published with invoice_id "INV-1" and amount 100
    Then no saga is asociated with invoice_id "INV-2"

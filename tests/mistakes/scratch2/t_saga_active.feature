Feature: t_saga_active

  Scenario: t_saga_active
    When the event InvoiceCreated is published with invoice_id "INV-1" and amount 100
    Then 1 saga is activ

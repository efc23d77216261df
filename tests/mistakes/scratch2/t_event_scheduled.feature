Feature: t_event_scheduled

  Scenario: t_event_scheduled
    When the event InvoiceCreated is published with invoice_id "INV-1" and amount 100
    Then the event InvoiceOverdue is scheduld in 30 days

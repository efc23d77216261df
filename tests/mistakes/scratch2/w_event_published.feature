Feature: w_event_published

  Scenario: w_event_published
    When the event InvoiceCreated is pubished with invoice_id "INV-1" and amount 100
    Then 1 saga is active

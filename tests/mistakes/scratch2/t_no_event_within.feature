Feature: t_no_event_within

  Scenario: t_no_event_within
    When the event InvoiceCreated is published with invoice_id "INV-1" and amount 100
    Then no InvoiceOverdue event is scheduled withn 10 days

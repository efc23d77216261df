Feature: t_no_events_scheduled

  Scenario: t_no_events_scheduled
    When the event InvoicePaid is published with invoice_id "INV-1"
    Then no events are sheduled

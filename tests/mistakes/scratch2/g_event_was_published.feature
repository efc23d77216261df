Feature: g_event_was_published

  Scenario: g_event_was_published
    Given the event InvoiceCreated was publishd with invoice_id "INV-1" and amount 100
    When 30 days elapse
    Then no commands are dispatched

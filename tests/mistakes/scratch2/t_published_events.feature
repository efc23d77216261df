Feature: t_published_events

  Scenario: t_published_events
    Given the event InvoiceCreated was published with invoice_id "INV-1" and amount 100
    When 30 days elapse
    Then the publishd events are:
      | event | invoice_id |
      | InvoiceOverdue | INV-1 |

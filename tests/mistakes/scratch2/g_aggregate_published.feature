Feature: g_aggregate_published

  Scenario: g_aggregate_published
    Given the aggregate "INV-1" publised InvoiceCreated with invoice_id "INV-1" and amount 100
    When 30 days elapse
    Then no commands are dispatched

Feature: g_aggregate_published_table

  Scenario: g_aggregate_published_table
    Given the aggregate "INV-1" publishd:
      | event | invoice_id | amount |
      | InvoiceCreated | INV-1 | 100 |
    When 30 days elapse
    Then no commands are dispatched

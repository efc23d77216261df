Feature: w_aggregate_publishes

  Scenario: w_aggregate_publishes
    When the aggregate "INV-1" publishs InvoiceCreated with invoice_id "INV-1" and amount 100
    Then 1 saga is active

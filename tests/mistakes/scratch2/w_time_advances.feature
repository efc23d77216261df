Feature: w_time_advances

  Scenario: w_time_advances
    Given the event InvoiceCreated was published with invoice_id "INV-1" and amount 100
    When time advnces to 2026-03-01T00:00:00Z
    Then no commands are dispatched

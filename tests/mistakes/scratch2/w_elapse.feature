Feature: w_elapse

  Scenario: w_elapse
    Given the event InvoiceCreated was published with invoice_id "INV-1" and amount 100
    When 30 days elaps
    Then no commands are dispatched

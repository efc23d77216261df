Feature: t_dispatched

  Scenario: t_dispatched
    Given the event InvoiceCreated was published with invoice_id "INV-1" and amount 100
    When 30 days elapse
    Then the command MarkAsOverdue is dispached with invoice_id "INV-1"

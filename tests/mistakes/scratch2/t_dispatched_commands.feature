Feature: t_dispatched_commands

  Scenario: t_dispatched_commands
    Given the event InvoiceCreated was published with invoice_id "INV-1" and amount 100
    When 30 days elapse
    Then the dispatched comands are:
      | command | invoice_id |
      | MarkAsOverdue | INV-1 |

Feature: t_no_commands

  Scenario: t_no_commands
    Given the event InvoiceCreated was published with invoice_id "INV-1" and amount 100
    When 1 day elapses
    Then no commands are dispatchd

Feature: Invoices are marked overdue when they are not paid within 30 days
  The invoicing saga starts when an invoice is created, waits 30 days for the
  payment, and has the invoice marked overdue when none came.

  Scenario: An unpaid invoice is marked overdue after 30 days
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 31 days elapse
    Then the command MarkAsOverdue is dispatched with invoice_id "INV-1"
    And the dispatched commands are:
      | command       | invoice_id |
      | MarkAsOverdue | INV-1      |
    And 1 saga is active

  Scenario: Creating an invoice schedules the overdue notice
    Given no prior activity
    When the aggregate "INV-1" publishes InvoiceCreated with invoice_id "INV-1" and amount 100
    Then the event InvoiceOverdue is scheduled in 30 days
    And the event InvoiceOverdue is scheduled in 30 days with invoice_id "INV-1"
    And a saga is associated with invoice_id "INV-1"
    And no commands are dispatched

  Scenario: A paid invoice ends the saga
    Given the aggregate "INV-1" published:
      | event          | invoice_id | amount |
      | InvoiceCreated | INV-1      | 100    |
    And 10 days have elapsed
    When the aggregate "INV-1" publishes InvoicePaid with invoice_id "INV-1"
    Then no saga is active
    And no saga is associated with invoice_id "INV-1"
    And no events are scheduled
    And no commands are dispatched

  Scenario: A payment published by no aggregate in particular ends the saga too
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When the event InvoicePaid is published with invoice_id "INV-1"
    Then no saga is active

  Scenario: Nothing is overdue once the invoice was paid
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    And the event InvoicePaid was published with invoice_id "INV-1"
    When 31 days elapse
    Then no commands are dispatched
    And no saga is active

  Scenario: An invoice is not overdue a day early
    Given the current time is 2026-01-01T09:00:00Z
    And the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When time advances to 2026-01-30T09:00:00Z
    Then no commands are dispatched

  Scenario: An invoice is overdue when time reaches its due date
    Given the current time is 2026-01-01T00:00:00Z
    And the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When time advances to 2026-02-01T00:00:00Z
    Then the command MarkAsOverdue is dispatched with invoice_id "INV-1"

  Scenario: Half a day is not enough
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    And 29 days have elapsed
    When 2 hours and 30 minutes elapse
    Then no commands are dispatched

  Scenario: The last day tips it over
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    And 29 days have elapsed
    When 1 day elapses
    Then the command mark as overdue is dispatched with invoice id "INV-1"

  Scenario: The saga publishes nothing on the event bus
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 31 days elapse
    Then the published events are:
      | event |

  Scenario: A delay in a Then counts from the moment the When leaves off
    Given the current time is 2026-01-01T09:00:00Z
    And the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 13 days elapse
    Then the event InvoiceOverdue is scheduled in 17 days with invoice_id "INV-1"
    And no InvoiceOverdue event is scheduled within 16 days
    And no InvoiceOverdue event is scheduled between 2026-01-01T09:00:00Z and 2026-01-30T09:00:00Z

# wrong: no step reads "Then the event InvoiceOverdue is scheduled within 29 days"
# fix: Then the event InvoiceOverdue is scheduled in 29 days
# line: 9
Feature: Scheduled within

  Scenario: an event said to be scheduled within a time
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 1 day elapses
    Then the event InvoiceOverdue is scheduled within 29 days

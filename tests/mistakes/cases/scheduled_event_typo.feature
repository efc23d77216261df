# wrong: unknown event 'InvoiceOverdu'
# fix: did you mean InvoiceOverdue?
# line: 8
Feature: Scheduled typo

  Scenario: scheduled typo
    When the event InvoiceCreated is published with invoice_id "INV-1" and amount 100
    Then the event InvoiceOverdu is scheduled in 30 days

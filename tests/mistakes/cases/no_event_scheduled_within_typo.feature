# wrong: unknown event 'InvoiceOverdu'
# fix: did you mean InvoiceOverdue?
# line: 8
Feature: No event scheduled typo

  Scenario: no event scheduled typo
    When the event InvoiceCreated is published with invoice_id "INV-1" and amount 100
    Then no InvoiceOverdu event is scheduled within 10 days

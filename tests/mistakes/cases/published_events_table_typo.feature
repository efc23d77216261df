# wrong: unknown event 'InvoiceOverdu'
# fix: did you mean InvoiceOverdue?
# line: 11
Feature: Published events unknown

  Scenario: published events unknown
    Given the event InvoiceCreated was published with invoice_id "INV-1" and amount 100
    When 30 days elapse
    Then the published events are:
      | event          | invoice_id |
      | InvoiceOverdu  | INV-1      |

# wrong: unknown event 'InvoiceCreatd'
# fix: did you mean InvoiceCreated?
# line: 7
Feature: Aggregate published typo

  Scenario: aggregate published typo
    Given the aggregate "INV-1" published InvoiceCreatd with invoice_id "INV-1" and amount 100
    When 30 days elapse
    Then the command MarkAsOverdue is dispatched with invoice_id "INV-1"

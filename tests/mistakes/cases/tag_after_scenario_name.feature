# wrong: "@saga:InvoicingSaga" is written after the Scenario name
# fix: put it on a line of its own above the "Scenario:" line
# line: 6
Feature: F

  Scenario: s @saga:InvoicingSaga
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 31 days elapse
    Then the command MarkAsOverdue is dispatched

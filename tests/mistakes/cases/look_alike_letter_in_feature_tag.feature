# wrong: @sаga:InvoicingSaga is not a tag castle-bdd reads
# wrong: a Cyrillic "а"
# fix: write @saga:InvoicingSaga
# line: 5
@sаga:InvoicingSaga
Feature: F

  Scenario: s
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 31 days elapse
    Then the command MarkAsOverdue is dispatched

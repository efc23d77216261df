# wrong: @sagas:InvoicingSaga is not a tag castle-bdd reads
# fix: write @saga:InvoicingSaga
# line: 4
@sagas:InvoicingSaga
Feature: F

  Scenario: s
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 31 days elapse
    Then the command MarkAsOverdue is dispatched

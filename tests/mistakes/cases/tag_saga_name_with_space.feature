# wrong: the tag line "@saga:Invoicing Saga" has a word without "@"
# fix: write: @saga:InvoicingSaga
# alone: yes
# line: 5
@saga:Invoicing Saga
Feature: F

  Scenario: s
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 31 days elapse
    Then the command MarkAsOverdue is dispatched

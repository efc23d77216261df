# wrong: unknown saga 'InvoiceSaga'
# fix: did you mean InvoicingSaga?
# line: 6
Feature: Saga tag typo

  @saga:InvoiceSaga
  Scenario: saga tag typo
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 31 days elapse
    Then no commands are dispatched

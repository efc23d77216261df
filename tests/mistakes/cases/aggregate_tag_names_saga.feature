# wrong: InvoicingSaga is a saga
# fix: tag it @saga:InvoicingSaga
# line: 6
Feature: Aggregate tag names saga

  @aggregate:InvoicingSaga
  Scenario: aggregate tag names saga
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 31 days elapse
    Then no commands are dispatched

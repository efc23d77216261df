# wrong: @saga: names no saga
# fix: e.g. @saga:InvoicingSaga
# line: 6
Feature: Empty saga tag

  @saga:
  Scenario: empty saga tag
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 31 days elapse
    Then no commands are dispatched

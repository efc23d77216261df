# wrong: cannot read "31" as a duration
# fix: days
# line: 8
Feature: Duration no unit

  Scenario: duration no unit
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 31 elapse
    Then no commands are dispatched

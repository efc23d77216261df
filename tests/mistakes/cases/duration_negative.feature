# wrong: cannot read "-5 days" as a duration
# fix: a duration cannot be negative
# line: 8
Feature: Duration negative

  Scenario: duration negative
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When -5 days elapse
    Then no commands are dispatched

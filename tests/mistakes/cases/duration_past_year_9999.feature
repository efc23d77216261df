# wrong: 9999
# fix: shorter
# line: 8
Feature: Duration past year 9999

  Scenario: duration past year 9999
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 4000000 days elapse
    Then no commands are dispatched

# wrong: goes past the year 9999
# fix: "31 days"
# line: 8
Feature: F

  Scenario: s
    Given the event InvoiceCreated was published with invoice_id "INV-1" and amount 100
    When 99999999999999999999 days elapse
    Then no commands are dispatched

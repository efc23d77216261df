# wrong: Given
# fix: Given the aggregate "INV-1" published
# line: 7
Feature: Given published without aggregate quotes

  Scenario: given published without aggregate quotes
    Given the aggregate INV-1 published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 1 day elapses
    Then no commands are dispatched

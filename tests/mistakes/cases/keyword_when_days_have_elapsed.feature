# wrong: Given
# fix: Given 10 days have elapsed
# line: 8
Feature: Keyword when days have elapsed

  Scenario: keyword when days have elapsed
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 10 days have elapsed
    Then no commands are dispatched

# wrong: When
# fix: When 31 days elapse
# line: 8
Feature: Tense days elapsed

  Scenario: tense days elapsed
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 31 days elapsed
    Then no commands are dispatched

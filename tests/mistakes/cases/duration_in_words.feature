# wrong: cannot read "thirty one days" as a duration
# fix: 31 days
# line: 8
Feature: Duration in words

  Scenario: duration in words
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When thirty one days elapse
    Then no commands are dispatched

# wrong: cannot read "31 dayz" as a duration
# fix: did you mean "days"?
# line: 8
Feature: Duration typo

  Scenario: duration typo
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 31 dayz elapse
    Then no commands are dispatched

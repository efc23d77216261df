# wrong: cannot read "2 hourz and 30 minutes" as a duration
# fix: did you mean "hours"?
# line: 8
Feature: Duration typo hours

  Scenario: duration typo hours
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 2 hourz and 30 minutes elapse
    Then no commands are dispatched

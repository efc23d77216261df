# wrong: cannot read "0 fortnights" as a duration
# line: 8
# fix: "31 days"
Feature: Duration zero units

  Scenario: duration zero units
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 0 fortnights elapse
    Then no commands are dispatched

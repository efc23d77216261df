# wrong: 9999
# fix: the last year a date can have is 9999
# line: 8
Feature: Time advances past 9999

  Scenario: time advances past 9999
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When time advances to 10000-01-01T00:00:00Z
    Then no commands are dispatched

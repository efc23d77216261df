# wrong: no step reads "Then the commands are:"
# fix: Then the dispatched commands are:
# not: the command returns are:
# line: 10
Feature: F

  Scenario: s
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 31 days elapse
    Then the commands are:
      | command       | invoice_id |
      | MarkAsOverdue | INV-1      |

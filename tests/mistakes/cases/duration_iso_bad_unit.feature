# wrong: cannot read "PT30X" as a duration
# fix: "2 hours and 30 minutes"
# line: 8
Feature: F

  Scenario: s
    Given the event InvoiceCreated was published with invoice_id "INV-1" and amount 100
    When PT30X elapses
    Then no commands are dispatched

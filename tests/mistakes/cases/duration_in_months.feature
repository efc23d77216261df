# wrong: cannot read "1 month" as a duration
# fix: write it in days instead
# line: 8
Feature: Scheduled month

  Scenario: scheduled month
    When the event InvoiceCreated is published with invoice_id "INV-1" and amount 100
    Then the event InvoiceOverdue is scheduled in 1 month

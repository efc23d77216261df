# wrong: no step reads "Given 2 days hve elapsed"
# fix: Given <duration> have elapsed
# not: hve have
# line: 9
Feature: g_have_elapsed

  Scenario: g_have_elapsed
    Given the event InvoiceCreated was published with invoice_id "INV-1" and amount 100
    Given 2 days hve elapsed
    When 30 days elapse
    Then no commands are dispatched

@must-fail
Feature: Wrong expectations of a saga show expected and actual commands as tables
  Every scenario here fails on purpose; tests/test_features.py checks the messages.

  Scenario: A wrong dispatched command
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 31 days elapse
    Then the command MarkAsOverdue is dispatched with invoice_id "INV-2"

  Scenario: A command dispatched too many
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 31 days elapse
    Then no commands are dispatched

  Scenario: Events are published to a saga that nobody handles
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When the event CardIssued is published with card_id "GC-1" and amount 5
    Then no commands are dispatched

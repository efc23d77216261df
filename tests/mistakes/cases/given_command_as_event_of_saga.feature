# wrong: MarkAsOverdue (given at tests/mistakes/cases/given_command_as_event_of_saga.feature:7) is a command
# fix: no aggregate or saga takes — e.g. InvoiceCreated
# line: 10
Feature: A command given as a published event

  Scenario: the saga's own command is given as what the aggregate published
    Given the aggregate "INV-1" published:
      | event         | invoice_id |
      | MarkAsOverdue | INV-1      |
    When 31 days elapse
    Then no commands are dispatched

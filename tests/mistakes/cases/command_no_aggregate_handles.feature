# wrong: no aggregate handles the command MarkAsOverdue
# fix: with a @command_handler method taking MarkAsOverdue
# line: 7
Feature: Command no aggregate handles

  Scenario: command no aggregate handles
    When the command MarkAsOverdue is sent with invoice_id "INV-1"
    Then the command succeeds

# where: tests/mistakes/domains/overflow_crash.py
# line: 10
# wrong: The command AddInterest crashed with OverflowError
# fix: Then the command fails with OverflowError
# not: cannot read
Feature: A float that overflows in a handler is not "no events"

  Scenario: Adding interest publishes nothing
    Given the event SavingsOpened with account_id "S-1"
    When the command AddInterest is sent with account_id "S-1" and rate 50
    Then no events are published

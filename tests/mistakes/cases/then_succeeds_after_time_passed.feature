# wrong: the When step (no command was sent) was expected to succeed
# fix: but it failed with AlarmJammed
# not: the command was expected
# line: 11
# domain: tests.mistakes.domains.deadline_refusal
Feature: F

  Scenario: s
    Given the command ArmAlarm was sent with alarm_id "A-1"
    When 2 hours elapse
    Then the command succeeds

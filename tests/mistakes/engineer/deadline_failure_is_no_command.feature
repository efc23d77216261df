# where: tests/mistakes/domains/deadline_refusal.py
# wrong: A deadline handler (within 2 hours) failed with AlarmJammed: the bell is stuck
# fix: in sound
# not: The command failed
Feature: A deadline handler's failure is not the command's

  Scenario: The alarm sounds
    Given the command ArmAlarm was sent with alarm_id "A-1"
    When 2 hours elapse
    Then the events are:
      | event      | alarm_id |
      | AlarmArmed | A-1      |

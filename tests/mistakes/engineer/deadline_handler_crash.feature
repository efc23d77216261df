# where: tests/mistakes/domains/deadline_crash.py
# wrong: The deadline handler Reminder.ring crashed with AttributeError
# fix: in ring
# not: the command failed
Feature: A deadline handler crashes

  Scenario: The reminder rings
    Given the command SetReminder was sent with reminder_id "R-1"
    When 2 days elapse
    Then no events are published

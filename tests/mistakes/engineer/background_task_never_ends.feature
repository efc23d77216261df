# where: tests/mistakes/domains/background_task_never_ends.py
# wrong: still running
# wrong: _watch_pressure()
# fix: await the task
# line: 9
Feature: A task that an async handler starts runs for ever

  Scenario: Opening a valve
    When the command OpenValve is sent with valve_id "V-1"
    Then the event ValveOpened is published

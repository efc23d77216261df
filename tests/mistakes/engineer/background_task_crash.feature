# where: tests/mistakes/domains/background_task_crash.py
# wrong: KeyError
# fix: in _chime
# not: cannot read
Feature: A task that an async handler starts and does not await crashes

  Scenario: Ringing a chime
    When the command RingChime is sent with chime_id "C-1"
    Then the event ChimeRang is published

# where: tests/mistakes/domains/task_group_crash.py
# wrong: crashed with ExceptionGroup
# wrong: KeyError: 2
# fix: in _spin
# not: taskgroups.py
Feature: A task of an async handler's TaskGroup crashes

  Scenario: Cooling with three fans
    When the command CoolSmoker is sent with smoker_id "O-1" and fans 3
    Then the command succeeds

# where: tests/mistakes/domains/saga_self_rescheduling.py
# wrong: the deadline Check fired more than
# wrong: its handler KettleSaga.check
# fix: max_firings
Feature: A saga deadline that schedules itself again at once

  Scenario: A kettle left on
    Given the event KettleFilled was published with kettle_id "K-1"
    When 1 day elapses
    Then no commands are dispatched

# where: tests/mistakes/domains/saga_deadline_event_loop.py
# wrong: fired more than
# wrong: the deadline CheckPressure
# wrong: the scheduled event PressureChecked
# wrong: BoilerSaga.check_pressure
# wrong: BoilerSaga.on_checked
# fix: max_firings
Feature: A saga deadline and event that schedule each other at once

  Scenario: A boiler checked over and over
    Given the event BoilerLit was published with boiler_id "B-1"
    When 1 day elapses
    Then no commands are dispatched

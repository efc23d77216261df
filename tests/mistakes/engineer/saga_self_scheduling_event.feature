# where: tests/mistakes/domains/saga_self_scheduling_event.py
# wrong: the scheduled event WaterPulse fired more than
# wrong: its handler SprinklerSaga.on_pulse
# fix: max_firings
Feature: A saga that schedules the event it handles again at once

  Scenario: A sprinkler left running
    Given the event SprinklerStarted was published with zone_id "Z-1"
    When 1 day elapses
    Then no commands are dispatched

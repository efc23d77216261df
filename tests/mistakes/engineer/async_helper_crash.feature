# where: tests/mistakes/domains/async_helper_crash.py
# wrong: TypeError
# fix: in _fetch_quota
# not: cannot read
Feature: An async command handler that awaits a helper with a bug

  Scenario: Reserving
    Given the event LaneOpened with lane_id "L-1"
    When the command ReserveLane is sent with lane_id "L-1"
    Then no events are published

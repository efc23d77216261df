# where: tests/mistakes/domains/self_rescheduling.py
# wrong: the deadline Beat
# fix: max_firings
Feature: A deadline that schedules itself again at once

  Scenario: A heartbeat
    Given the command StartHeartbeat was sent with monitor_id "M-1"
    When 1 day elapses
    Then no events are published

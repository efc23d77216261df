# where: tests/mistakes/domains/saga_start_crash_in_given.py
# line: 9
# wrong: IndexError
# fix: in on_booked
# not: cannot read
Feature: A saga's start handler crashes on an event of the Given

  Scenario: Cancelling
    Given the event TripBooked was published with trip_id "T-1" and legs 2
    When the event TripCancelled is published with trip_id "T-1"
    Then no commands are dispatched

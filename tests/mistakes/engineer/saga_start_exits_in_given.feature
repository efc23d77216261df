# where: tests/mistakes/domains/saga_start_exits_in_given.py
# line: 11
# wrong: a Given step failed on the saga CruiseSaga
# wrong: raised SystemExit: one cabin per booking
# wrong: a bug in the code
# fix: in on_booked
# not: cannot read
Feature: A saga's start handler ends the process on an event of the Given

  Scenario: Cancelling
    Given the event CruiseBooked was published with cruise_id "C-1" and cabins 2
    When the event CruiseCancelled is published with cruise_id "C-1"
    Then no commands are dispatched

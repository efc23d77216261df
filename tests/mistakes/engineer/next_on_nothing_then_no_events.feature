# where: tests/mistakes/domains/next_on_nothing.py
# line: 10
# wrong: StopIteration
# fix: Then the command fails with
# not: cannot read
Feature: next() of nothing in a handler is not "no events"

  Scenario: Reserving a seat publishes nothing
    Given the event CinemaOpened with cinema_id "C-1"
    When the command ReserveSeat is sent with cinema_id "C-1" and row "F"
    Then no events are published

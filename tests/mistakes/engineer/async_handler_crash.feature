# where: tests/mistakes/domains/async_crash.py
# wrong: KeyError
# fix: in book
# not: cannot read
Feature: An async command handler crashes

  Scenario: Booking a seat
    When the command BookSeat is sent with seat_id "B-7"
    Then the command succeeds

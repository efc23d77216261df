# where: tests/mistakes/domains/given_command_crash.py
# line: 9
# wrong: the given command RentBoat failed: AttributeError
# fix: This is a bug in the code, not in the values the command was given.
# not: give it values its handler accepts
Feature: A command a Given step sends crashes in its handler

  Scenario: Docking a boat
    Given the command RentBoat was sent with boat_id "R-1" and hours 2
    When the command DockBoat is sent with boat_id "R-1"
    Then the event BoatDocked is published with boat_id "R-1"

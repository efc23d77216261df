# where: tests/mistakes/domains/command_post_init_helper_crash.py
# wrong: AttributeError
# wrong: This is a bug in the code, not a mistake in the feature file
# fix: in _normalised
# not: cannot create
# not: cannot read
Feature: A command's __post_init__ calls a helper with a typo

  Scenario: Booking a room
    When the command BookRoom is sent with room_id "R-1" and code "ab"
    Then the command succeeds

# where: tests/mistakes/domains/apply_crash.py
# wrong: AttributeError
# fix: in on_started
# not: cannot read
Feature: An event-sourcing handler crashes when the command applies its event

  Scenario: Starting a counter
    When the command StartCounter is sent with counter_id "C-1"
    Then the command succeeds

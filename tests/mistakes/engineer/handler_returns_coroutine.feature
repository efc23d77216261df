# where: tests/mistakes/domains/handler_returns_coroutine.py
# wrong: crashed with AttributeError
# fix: in _ring
Feature: A command handler that returns a coroutine nobody awaits

  Scenario: Ringing
    When the command RingBell is sent with bell_id "B-1" and times 3
    Then the command succeeds

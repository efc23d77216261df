# where: tests/mistakes/domains/nondeterministic.py
# wrong: replaying the same events gives a different state
# fix: reads the time, random numbers or outside state
Feature: An event-sourcing handler that is not deterministic

  Scenario: Dealing a hand
    When the command DealHand is sent with hand_id "H-1"
    Then the command succeeds

# where: tests/mistakes/domains/mutual_recursion.py
# wrong: RecursionError
# wrong: [the 2 frames above repeated
# fix: in _is_odd
# fix: in _is_even
# not: the command failed
Feature: A command handler whose helpers call each other without end

  Scenario: Pairing socks
    Given the event DrawerFilled with drawer_id "D-1"
    When the command PairSocks is sent with drawer_id "D-1" and socks 3
    Then the command succeeds

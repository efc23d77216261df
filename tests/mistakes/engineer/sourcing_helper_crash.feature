# where: tests/mistakes/domains/sourcing_helper_crash.py
# wrong: TypeError
# fix: in _tally
# not: cannot read
Feature: An event-sourcing handler whose helper has a bug

  Scenario: Voting
    Given the event PollOpened with poll_id "P-1"
    When the command CastVote is sent with poll_id "P-1" and choice "yes"
    Then the event VoteCast is published with poll_id "P-1" and choice "yes"

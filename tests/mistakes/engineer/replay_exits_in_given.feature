# where: tests/mistakes/domains/replay_exits.py
# line: 11
# wrong: a Given step failed on the aggregate Cistern
# wrong: raised SystemExit: unknown fuel water
# wrong: a bug in the code
# fix: in on_installed
# not: cannot read
Feature: An event-sourcing handler ends the process while the given events are replayed

  Scenario: Filling a cistern
    Given the event CisternInstalled with cistern_id "C-1" and fuel "water"
    When the command FillCistern is sent with cistern_id "C-1" and litres 5
    Then the command succeeds

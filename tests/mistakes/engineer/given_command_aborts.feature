# where: tests/mistakes/domains/given_command_aborts.py
# line: 11
# wrong: a Given step failed on the aggregate Hatch
# wrong: raised Abort: pressure 3 on hatch H-1
# wrong: a bug in the code
# fix: in open
# not: cannot read
Feature: A command handler of a Given stops with an exception that is no Exception

  Scenario: Closing a hatch
    Given the command OpenHatch was sent with hatch_id "H-1" and pressure 3
    When the command CloseHatch is sent with hatch_id "H-1"
    Then the command succeeds

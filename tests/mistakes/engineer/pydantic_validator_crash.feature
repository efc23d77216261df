# where: tests/mistakes/domains/pydantic_validator_crash.py
# wrong: PackCrate(…) raised AttributeError
# wrong: a bug in the code
# fix: in _whole_units
# not: cannot create
Feature: A pydantic command's field validator has a bug

  Scenario: Packing a crate
    When the command PackCrate is sent with crate_id "C-1" and size 3
    Then the command succeeds

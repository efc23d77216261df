# where: tests/mistakes/domains/member_entity_handler_crash.py
# wrong: AttributeError
# fix: in unload
# not: cannot read
Feature: A command handler of an entity inside an aggregate crashes

  Scenario: Unloading
    Given the event CrateAdded with ship_id "S-1" and crate_id "C-1"
    When the command UnloadCrate is sent with ship_id "S-1" and crate_id "C-1"
    Then the command succeeds

# where: tests/mistakes/domains/saga_association_property_crash.py
# wrong: the When step failed on the saga CrateSaga: its code raised IndexError
# fix: in route
# not: a Given step
Feature: The property a saga is associated by has a bug

  Scenario: Shipping a crate
    When the event CrateShipped is published with crate_id "C-1"
    Then the command WeighCrate is dispatched with crate_id "C-1"

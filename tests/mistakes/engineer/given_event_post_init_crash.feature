# where: tests/mistakes/domains/given_event_post_init_crash.py
# wrong: TypeError
# wrong: This is a bug in the code, not a mistake in the feature file
# fix: in __post_init__
# not: cannot create
# not: cannot read
Feature: A given event's __post_init__ crashes as the feature file builds it

  Scenario: Harvesting
    Given the event HiveInspected with hive_id "H-1" and frames 12
    When the command HarvestHoney is sent with hive_id "H-1"
    Then the command succeeds

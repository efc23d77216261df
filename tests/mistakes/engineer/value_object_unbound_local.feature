# where: tests/mistakes/domains/value_object_unbound_local.py
# wrong: UnboundLocalError
# wrong: This is a bug in the code, not a mistake in the feature file
# fix: in __init__
# not: cannot read
Feature: A value object's constructor reads a name it set only on one path

  Scenario: Cataloguing
    When the command CatalogueBook is sent with isbn "978-3"
    Then the command succeeds

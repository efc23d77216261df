# where: tests/mistakes/domains/broken_import.py
# domain: tests.mistakes.domains.broken_import
# wrong: cannot import the domain module 'tests.mistakes.domains.broken_import'
# wrong: KeyError: 'elm'
# fix: in <module>
Feature: A domain module that fails to import

  Scenario: Planting
    When the command PlantTree is sent with tree_id "T-1"
    Then the command succeeds

# where: tests/mistakes/domains/deadline_handler_recursion.py
# wrong: RecursionError
# fix: in _litres
# not: the command failed
Feature: A deadline handler whose helper never stops calling itself

  Scenario: Watering
    Given the command PlantFern was sent with fern_id "F-1"
    When 4 days elapse
    Then no events are published

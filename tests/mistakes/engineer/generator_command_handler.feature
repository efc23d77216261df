# where: tests/mistakes/domains/generator_command_handler.py
# domain: tests.mistakes.domains.generator_command_handler
# wrong: has a yield, so calling it runs none of its body
# fix: without yield
# fix: in plant
Feature: A command handler written with yield

  Scenario: Planting
    When the command PlantSeeds is sent with bed_id "B-1" and rows 2
    Then the event RowSown is published with bed_id "B-1" and row 0

# where: tests/mistakes/domains/generator_saga_handler.py
# domain: tests.mistakes.domains.generator_saga_handler
# wrong: has a yield, so calling it runs none of its body
# fix: without yield
# fix: in on_started
Feature: A saga handler written with yield

  Scenario: Harvesting
    When the event HarvestStarted is published with field_id "F-1"
    Then the command HireWorker is dispatched with field_id "F-1"

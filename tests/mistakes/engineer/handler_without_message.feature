# where: tests/mistakes/domains/handler_without_message.py
# domain: tests.mistakes.domains.handler_without_message
# wrong: Guitar.tune takes no message
# fix: give it a parameter with a type hint
# fix: def tune(self) -> None:
Feature: A command handler that takes no message

  Scenario: Tuning
    When the command TuneGuitar is sent with guitar_id "G-1"
    Then the command succeeds

# where: tests/mistakes/domains/bad_handler_definition.py
# domain: tests.mistakes.domains.bad_handler_definition
# wrong: has no usable type hint on its message parameter 'command'
# fix: the message type comes from it
Feature: A handler defined wrongly

  Scenario: Ringing
    When the command RingDoorbell is sent with door_id "D-1"
    Then the command succeeds

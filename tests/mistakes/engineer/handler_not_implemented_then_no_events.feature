# where: tests/mistakes/domains/handler_not_implemented.py
# line: 10
# wrong: The command BoardDog crashed with NotImplementedError
# fix: Then the command fails with NotImplementedError
# not: cannot read
Feature: A handler not written yet is not "no events"

  Scenario: Boarding a dog publishes nothing
    Given the event KennelOpened with kennel_id "K-1"
    When the command BoardDog is sent with kennel_id "K-1" and dog "Rex"
    Then no events are published

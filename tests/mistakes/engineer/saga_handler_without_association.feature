# where: tests/mistakes/domains/saga_handler_without_association.py
# domain: tests.mistakes.domains.saga_handler_without_association
# wrong: needs the event property that finds the saga
# fix: write @saga_event_handler(association="…")
Feature: A saga handler marked @saga_event_handler without its association

  Scenario: Starting a shift
    When the event ShiftStarted is published with shift_id "S-1"
    Then no commands are dispatched

# where: tests/mistakes/domains/castlecraft_event_handler_crash.py
# domain: tests.mistakes.domains.castlecraft_event_handler_crash
# wrong: The event handler RentalReceipt, run after the command RentLocker, crashed with AttributeError
# wrong: This is a bug in the code
# fix: in handle
# not: cannot read
Feature: A castlecraft event handler with a typo

  Scenario: Renting a locker
    When the command RentLocker is sent with locker_id "L-1"
    Then the command succeeds

# where: tests/mistakes/domains/memory_error_crash.py
# wrong: MemoryError
# fix: in reserve
# not: cannot read
Feature: Running out of memory is not "no events"

  Scenario: Reserving slots publishes nothing
    Given the event SlotBookOpened with book_id "B-1"
    When the command ReserveSlots is sent with book_id "B-1" and slots 5
    Then no events are published

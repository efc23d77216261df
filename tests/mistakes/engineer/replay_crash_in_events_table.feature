# where: tests/mistakes/domains/replay_crash_in_events_table.py
# wrong: IndexError
# fix: in on_shelved
# not: cannot read
Feature: An event-sourcing handler that crashes on the second given event

  Scenario: Shelving a second book
    Given the events:
      | event       | shelf_id | slots | slot |
      | ShelfBuilt  | S-1      | 3     |      |
      | BookShelved | S-1      |       | 2    |
    When the command ShelveBook is sent with shelf_id "S-1" and slot 0
    Then the command succeeds

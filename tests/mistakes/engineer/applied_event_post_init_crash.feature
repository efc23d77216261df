# where: tests/mistakes/domains/applied_event_post_init_crash.py
# wrong: TypeError
# fix: in __post_init__
# not: cannot create
# not: cannot read
Feature: An event's __post_init__ crashes when the handler makes it

  Scenario: Weighing
    When the command WeighLuggage is sent with bag_id "B-1" and kilos 20
    Then the command succeeds

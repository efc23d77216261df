# where: tests/mistakes/domains/member_entity_sourcing_crash.py
# wrong: ZeroDivisionError
# fix: in on_coupled
# not: cannot read
Feature: An entity's event-sourcing handler crashes

  Scenario: Coupling
    Given the event TrainFormed with train_id "T-1"
    When the command CoupleWagon is sent with train_id "T-1" and load 5
    Then the command succeeds

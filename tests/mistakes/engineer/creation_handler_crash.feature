# where: tests/mistakes/domains/creation_handler_crash.py
# wrong: NameError: name 'frame_size' is not defined
# fix: in register
# not: cannot read
Feature: A creation command handler with a misspelt name

  Scenario: Registering
    When the command RegisterBike is sent with bike_id "B-1"
    Then the event BikeRegistered is published with bike_id "B-1"

# where: tests/mistakes/domains/exception_str_crash.py
# wrong: it failed with LampBroken: <its __str__ raised IndexError
# fix: in __str__
# not: a Given step failed
Feature: A domain exception whose __str__ has a bug

  Scenario: Lighting a broken lamp
    When the command LightLamp is sent with lamp_id "X-1"
    Then the command succeeds

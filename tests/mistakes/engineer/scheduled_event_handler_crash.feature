# where: tests/mistakes/domains/scheduled_event_handler_crash.py
# wrong: TypeError
# fix: in on_due
# not: cannot read
Feature: A saga handler of an event it scheduled itself crashes

  Scenario: Rent
    Given the event LeaseSigned was published with lease_id "L-1" and rent 500
    When 31 days elapse
    Then the command ChargeRent is dispatched with lease_id "L-1" and amount 500

# where: tests/mistakes/domains/saga_crash.py
# wrong: ZeroDivisionError
# fix: in on_sent
# not: cannot read
Feature: A saga event handler crashes

  Scenario: A parcel is sent
    When the event ParcelSent is published with parcel_id "P-1" and weight 3
    Then no commands are dispatched

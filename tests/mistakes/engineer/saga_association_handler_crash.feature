# where: tests/mistakes/domains/saga_association_handler_crash.py
# wrong: KeyError: 'ann'
# fix: in on_collected
# not: cannot read
Feature: A saga handler found through an added association crashes

  Scenario: Collecting
    Given the event ParcelPacked was published with parcel_id "P-1" and courier "Ann"
    When the event ParcelCollected is published with parcel_id "P-1" and courier "Ann"
    Then no commands are dispatched

# where: tests/mistakes/domains/duplicate_a.py
# domain: tests.mistakes.domains.duplicate_a,tests.mistakes.domains.duplicate_b
# wrong: two classes are named ParcelShipped
# wrong: tests.mistakes.domains.duplicate_b
# fix: duplicate_a.ParcelShipped
Feature: Two domain classes with one name

  Scenario: Shipping
    When the command ShipParcel is sent with parcel_id "P-1"
    Then the event ParcelShipped is published with parcel_id "P-1"

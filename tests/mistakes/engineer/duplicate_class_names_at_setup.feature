# where: tests/mistakes/domains/duplicate_a.py
# domain: tests.mistakes.domains.duplicate_a,tests.mistakes.domains.duplicate_b
# wrong: duplicate_class_names_at_setup.feature:15: two classes are named ParcelShipped
# wrong: tests.mistakes.domains.duplicate_b.ParcelShipped
# fix: duplicate_a.ParcelShipped or duplicate_b.ParcelShipped, or rename one of them
# not: scenario passed
Feature: Two domain classes with one name, refused before the first scenario

  Scenario: Shipping, with the event named with its module
    When the command ShipParcel is sent with parcel_id "P-1"
    Then the event duplicate_a.ParcelShipped is published with parcel_id "P-1"

  Scenario: Shipping, with the plain name in a table
    When the command ShipParcel is sent with parcel_id "P-2"
    Then the events are:
      | event          | parcel_id |
      | parcel shipped | P-2       |

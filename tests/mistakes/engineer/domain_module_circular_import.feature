# where: tests/mistakes/domains/circular_import.py
# domain: tests.mistakes.domains.circular_import
# wrong: cannot import the domain module
# wrong: circular import
# fix: in <module>
# fix: tests/mistakes/domains/circular_import_helper.py:5 in <module>
Feature: A domain module in a circle of imports

  Scenario: Posting
    When the command PostParcel is sent with parcel_id "P-1"
    Then the command succeeds

# where: tests/mistakes/domains/domain_module_decorator_crash.py
# domain: tests.mistakes.domains.domain_module_decorator_crash
# wrong: cannot import the domain module
# wrong: KeyError: 'mail'
# fix: in mark
Feature: A class decorator of a domain module crashes at import

  Scenario: Posting
    When the command PostParcel is sent with parcel_id "P-1"
    Then the command succeeds

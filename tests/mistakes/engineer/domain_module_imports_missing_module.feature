# where: tests/mistakes/domains/domain_module_imports_missing_module.py
# domain: tests.mistakes.domains.domain_module_imports_missing_module
# wrong: cannot import the domain module
# wrong: No module named 'tests.mistakes.domains.pricing_rules'
# fix: in <module>
Feature: A domain module importing a module that does not exist

  Scenario: Sending
    When the command SendLetter is sent with letter_id "L-1"
    Then the command succeeds

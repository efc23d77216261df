# where: tests/mistakes/domains/domain_module_exits.py
# domain: tests.mistakes.domains.domain_module_exits
# wrong: cannot import the domain module 'tests.mistakes.domains.domain_module_exits'
# wrong: SystemExit: no drop d tuning configured
# fix: in <module>
Feature: A domain module that calls sys.exit() as it is imported

  Scenario: Tuning
    When the command TuneGuitar is sent with guitar_id "G-1"
    Then the command succeeds

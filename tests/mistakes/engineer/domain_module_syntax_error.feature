# where: tests/mistakes/domains/domain_module_syntax_error.py
# domain: tests.mistakes.domains.domain_module_syntax_error
# wrong: cannot import the domain module
# wrong: SyntaxError: expected ':'
# fix: def pour(self, command: PourTea) -> None
Feature: A domain module with a syntax error

  Scenario: Pouring
    When the command PourTea is sent with pot_id "P-1"
    Then the command succeeds

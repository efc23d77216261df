# where: tests/mistakes/domains/generator_expression_crash.py
# wrong: AttributeError
# fix: in <genexpr>
# not: cannot read
Feature: A command handler crashing inside a generator expression

  Scenario: Checking out
    Given the events:
      | event       | cart_id | price |
      | CartStarted | C-1     |       |
      | ItemPut     | C-1     | 3     |
    When the command CheckOut is sent with cart_id "C-1"
    Then the command returns 3

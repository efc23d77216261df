# where: tests/mistakes/domains/helper_function_crash.py
# wrong: KeyError: 'USD'
# fix: in _rate_for
# not: cannot read
Feature: A command handler whose helper function has a bug

  Scenario: Taking dollars
    Given the event TillOpened with till_id "T-1"
    When the command TakeCash is sent with till_id "T-1" and amount 5 and currency "USD"
    Then the command succeeds

# where: tests/mistakes/domains/handler_interceptor_crash.py
# wrong: AttributeError
# fix: in check
# not: cannot read
Feature: An aggregate's command handler interceptor with a bug

  Scenario: Firing
    Given the event KilnLit with kiln_id "K-1"
    When the command FirePots is sent with kiln_id "K-1" and pots 3
    Then no events are published

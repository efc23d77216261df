# where: tests/mistakes/domains/value_object_crash.py
# wrong: AttributeError
# fix: in __init__
# not: cannot read
Feature: A value object's constructor has a bug

  Scenario: Issuing a ticket
    When the command IssueTicket is sent with code "T-1"
    Then the command succeeds

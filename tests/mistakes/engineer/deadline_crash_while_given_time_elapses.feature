# where: tests/mistakes/domains/deadline_crash_while_given_time_elapses.py
# wrong: AttributeError
# fix: in overdue
# not: cannot read
Feature: A deadline handler that crashes while the Given lets time pass

  Scenario: Returning late
    Given the command BorrowTool was sent with tool_id "X-1"
    And 2 days have elapsed
    When the command ReturnTool is sent with tool_id "X-1"
    Then the command succeeds

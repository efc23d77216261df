# wrong: year 0 is out of range
# fix: 2026-01-01
# line: 7
Feature: F

  Scenario: s
    Given the current time is 0000-01-01
    When the command IssueCard is sent with card_id "GC-1" and amount 10
    Then the command succeeds

# wrong: day is out of range for month
# fix: 2026-01-01T09:00:00Z
# line: 7
Feature: Feb 30

  Scenario: feb 30
    Given the current time is 2026-02-30T09:00:00Z
    When the command IssueCard is sent with card_id "GC-1" and amount 10
    Then the command succeeds

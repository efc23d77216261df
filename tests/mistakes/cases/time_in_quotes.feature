# wrong: cannot read
# fix: write the time without quotes
# line: 7
Feature: F

  Scenario: s
    Given the current time is "2026-01-01T09:00:00Z"
    When the command IssueCard is sent with card_id "GC-1" and amount 10
    Then the command succeeds

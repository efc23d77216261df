# wrong: cannot read "2026-01-01T09:00:00 CET" as a time
# fix: 2026-01-01T09:00:00Z
# line: 7
Feature: Current time CET

  Scenario: current time CET
    Given the current time is 2026-01-01T09:00:00 CET
    When the command IssueCard is sent with card_id "GC-1" and amount 10
    Then the command succeeds

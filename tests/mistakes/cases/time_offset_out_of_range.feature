# wrong: cannot read "2026-01-01T09:00:00+25:00" as a time
# fix: an offset is between -23:59 and +23:59
# not: timedelta
# line: 8
Feature: Current time bad offset

  Scenario: current time bad offset
    Given the current time is 2026-01-01T09:00:00+25:00
    When the command IssueCard is sent with card_id "GC-1" and amount 10
    Then the command succeeds

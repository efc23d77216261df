# wrong: cannot read "1e3" as a whole number
# fix: whole number
# line: 7
Feature: F

  Scenario: s
    When the command IssueCard is sent with card_id "GC-1" and amount 1e3
    Then the command succeeds

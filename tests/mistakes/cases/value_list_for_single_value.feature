# wrong: cannot read the fields in
# fix: field name then value
# line: 7
Feature: F

  Scenario: s
    When the command IssueCard is sent with card_id ["GC-1", "GC-2"] and amount 10
    Then the command succeeds

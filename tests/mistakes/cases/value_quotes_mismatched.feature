# wrong: a quoted value is not closed
# fix: card_id "GC-1"
# line: 7
Feature: F

  Scenario: s
    When the command IssueCard is sent with card_id "GC-1' and amount 10
    Then the command succeeds

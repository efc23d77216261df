# wrong: the handler of IssueCard returns nothing
# fix: remove this step
# line: 8
Feature: F

  Scenario: s
    When the command IssueCard is sent with card_id "GC-1" and amount 10
    Then the command returns 10

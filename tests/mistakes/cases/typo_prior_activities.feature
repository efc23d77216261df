# wrong: Given
# fix: Given no prior activity
# line: 7
Feature: Typo prior activities

  Scenario: typo prior activities
    Given no prior activities
    When the command IssueCard is sent with card_id "GC-1" and amount 5
    Then the command succeeds

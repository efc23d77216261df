# wrong: "containing" before the text in quotes is no word of this sentence
# fix: write: Then the command fails with message "positive"
# line: 8
Feature: F

  Scenario: s
    When the command IssueCard is sent with card_id "GC-1" and amount 0
    Then the command fails with message containing "positive"

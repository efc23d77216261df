# wrong: has no steps
# fix: Given
# line: 6
Feature: Scenario without steps

  Scenario: Nothing here

# wrong: the scenario has no steps
# fix: write its Given, When and Then steps
# line: 6
Feature: Scenario without steps

  Scenario: Nothing here

# wrong: this file is not UTF-8
# fix: Save the file as UTF-8
# line: 7
# alone: yes
Feature: A feature file saved as Latin-1

  Scenario: Café opening
    Given no prior activity

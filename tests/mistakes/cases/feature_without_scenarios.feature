# wrong: the feature has no scenarios
# fix: add a Scenario with Given, When and Then steps
# line: 4
Feature: A feature whose scenarios were never written
  Gift cards can be transferred to another customer.

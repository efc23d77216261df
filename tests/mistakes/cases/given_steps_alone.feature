# wrong: only Given steps
# wrong: nothing is checked
# fix: add a When and a Then
# line: 7
Feature: A scenario of Given steps alone

  Scenario: A card is issued
    Given the events:
      | event      | card_id | amount |
      | CardIssued | GC-1    | 100    |

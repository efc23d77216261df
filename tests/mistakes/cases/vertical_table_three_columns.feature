# wrong: a vertical table has two columns: field and value — this one has 3
# fix: field and value
# line: 8
Feature: Vertical table three columns

  Scenario: vertical table three columns
    Given the event CardIssued:
      | field   | value | note |
      | card_id | GC-1  | x    |
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

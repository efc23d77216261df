# wrong: a vertical table has two columns: field and value — this one has 3
# fix: field and value
# line: 10
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 10
    When the command RedeemCard is sent with card_id "GC-1" and amount 3
    Then the aggregate state has:
      | field     | value | note |
      | remaining | 7     | x    |

# wrong: table
# line: 7
# fix: add a table whose first column is 'event'
Feature: Events step without table

  Scenario: events step without table
    Given the events:
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

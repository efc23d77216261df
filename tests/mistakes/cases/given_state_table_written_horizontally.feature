# wrong: the first row of this table names the fields remaining and cancelled
# fix: under this step each row is one field and its value
# line: 7
Feature: F

  Scenario: s
    Given the aggregate starts with the state:
      | remaining | cancelled |
      | 50        | false     |
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

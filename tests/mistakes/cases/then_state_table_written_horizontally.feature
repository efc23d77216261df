# wrong: the first row of this table names the fields remaining and cancelled
# fix: write | remaining | … | and | cancelled | … |
# line: 9
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the aggregate state has:
      | remaining | cancelled |
      | 70        | false     |

# wrong: the heading row | value | field | is the wrong way round
# fix: write | field | value |
# line: 10
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the aggregate state has:
      | value | field     |
      | 70    | remaining |

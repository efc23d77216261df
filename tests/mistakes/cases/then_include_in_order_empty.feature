# wrong: this step lists no events, so it checks nothing
# fix: write one row per event that must be there, in order
# line: 9
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the events include, in order:
      | event | card_id |

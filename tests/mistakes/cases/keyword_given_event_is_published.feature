# wrong: When
# fix: When the event CardIssued is published
# line: 7
Feature: Keyword given event is published

  Scenario: keyword given event is published
    Given the event CardIssued is published with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

# wrong: When
# fix: When the command RedeemCard is sent
# line: 8
Feature: Keyword then command sent

  Scenario: keyword then command sent
    Given the event CardIssued with card_id "GC-1" and amount 100
    Then the command RedeemCard is sent with card_id "GC-1" and amount 30

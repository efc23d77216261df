# wrong: Given
# fix: Given the event CardIssued
# line: 7
Feature: Wording given that the event

  Scenario: wording given that the event
    Given that the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

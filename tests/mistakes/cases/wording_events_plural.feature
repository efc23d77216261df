# wrong: Given
# fix: Given the event CardIssued
# line: 7
Feature: Wording events plural

  Scenario: wording events plural
    Given the events CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

# wrong: Given
# fix: Given the event CardIssued
# line: 7
Feature: Wording given an event

  Scenario: wording given an event
    Given an event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

# wrong: a Cyrillic "С" in "СardIssued"
# fix: write: Given the event CardIssued
# line: 7
Feature: Cyrillic

  Scenario: cyrillic
    Given the event СardIssued with card_id "GC-1" and amount 10
    When the command RedeemCard is sent with card_id "GC-1" and amount 3
    Then the command succeeds

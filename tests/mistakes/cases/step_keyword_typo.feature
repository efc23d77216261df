# wrong: "Gvien" is no Gherkin keyword
# fix: write: Given the event CardIssued
# line: 7
Feature: Step keyword typo

  Scenario: step keyword typo
    Gvien the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

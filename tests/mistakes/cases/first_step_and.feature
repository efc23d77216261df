# wrong: the first step of the scenario starts with "And"
# fix: write: Given the event CardIssued
# alone: yes
# line: 8
Feature: First step And

  Scenario: first step and
    And the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

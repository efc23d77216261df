# wrong: "# language: en-US" names no language behave knows
# fix: write: # language: en
# line: 5
# alone: yes
# language: en-US
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

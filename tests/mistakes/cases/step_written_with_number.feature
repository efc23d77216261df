# wrong: starts with "1.", so behave reads it as a description
# fix: write: Given the event CardIssued
# line: 7
Feature: F

  Scenario: s
    1. Given the event CardIssued with card_id "GC-1" and amount 100
    2. When the command RedeemCard is sent with card_id "GC-1" and amount 30
    3. Then the command returns 70

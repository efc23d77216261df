# wrong: a no-break hyphen "‑" in "GC‑1"
# fix: write GC-1
# line: 8
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC‑1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command returns 70

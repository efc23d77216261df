# wrong: "Feature:" is English, but the line "# language: de"
# fix: Feature is written "Funktionalität:" there
# line: 6
# alone: yes
# language: de
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command returns 70

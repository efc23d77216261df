# wrong: Given
# fix: Given no prior activity
# line: 9
Feature: Keyword then no prior activity

  Scenario: keyword then no prior activity
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then no prior activity

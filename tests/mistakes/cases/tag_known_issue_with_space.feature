# wrong: the tag line "@known issue" has a word without "@"
# fix: write: @known-issue
# alone: yes
# line: 5
@known issue
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command returns 70

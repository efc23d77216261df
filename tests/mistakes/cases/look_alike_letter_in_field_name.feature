# wrong: a Cyrillic "а" in "аmount"
# fix: write amount
# line: 7
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and аmount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command returns 70

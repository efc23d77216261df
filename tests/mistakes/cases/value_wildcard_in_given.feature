# wrong: * (any value) can only be used in a Then
# fix: Then
# line: 7
Feature: Value wildcard in given

  Scenario: value wildcard in given
    Given the event CardIssued with card_id * and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

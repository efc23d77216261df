# wrong: * (any value) can only be used in a Then
# fix: Then
# line: 8
Feature: Value wildcard in when

  Scenario: value wildcard in when
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount *
    Then the command succeeds

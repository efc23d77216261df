# wrong: a Given step comes after the When
# fix: move it before the When
# line: 9
Feature: Time after when

  Scenario: time after when
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Given the current time is 2026-01-01T09:00:00Z
    Then the command succeeds

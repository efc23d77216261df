# wrong: When
# fix: When time advances to 2026-02-01T00:00:00Z
# line: 7
Feature: Keyword given time advances

  Scenario: keyword given time advances
    Given time advances to 2026-02-01T00:00:00Z
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

# wrong: says nothing happened before the When
# fix: remove "Given no prior activity"
# line: 8
Feature: Prior activity and events

  Scenario: prior activity and events
    Given no prior activity
    And the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

# wrong: 9999
# fix: shorter
# line: 7
Feature: Duration given past 9999

  Scenario: duration given past 9999
    Given 4000000 days have elapsed
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then no events are published

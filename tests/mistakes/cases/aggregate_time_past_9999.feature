# wrong: 9999
# fix: shorter duration or an earlier time
# line: 11
# not: bug in the code
Feature: An aggregate's time moved past the year 9999

  @aggregate:GiftCard
  Scenario: Five days after the last days of 9999
    Given the current time is 9999-12-30T00:00:00Z
    And the event CardIssued was published with card_id "GC-1" and amount 100
    When 5 days elapse
    Then no events are published

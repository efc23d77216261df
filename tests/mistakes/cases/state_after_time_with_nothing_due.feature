# wrong: 1 day passed and no deadline was scheduled to come due
# wrong: no aggregate was worked on
# fix: write Then no events are published
# line: 12
# not: deadline handler
Feature: The aggregate's state after time passed and nothing came due

  @aggregate:GiftCard
  Scenario: A day after the card was issued
    Given the event CardIssued was published with card_id "GC-1" and amount 100
    When 1 day elapses
    Then the aggregate state has remaining 100

Feature: A free trial reminds the customer and then ends
  The trial saga keeps two deadlines: a reminder two days before the end, and the end.

  Background:
    Given the event TrialStarted with customer_id "C-1" and days 14

  Scenario: The reminder comes two days before the end
    When 12 days elapse
    Then the deadline TrialReminder is triggered
    And the command SendTrialReminder is dispatched with customer_id "C-1"
    And 1 saga is active

  Scenario: The trial ends on its last day
    When 14 days elapse
    Then the dispatched commands are:
      | command           | customer_id |
      | SendTrialReminder | C-1         |
      | EndTrial          | C-1         |
    And no saga is active
    And no deadlines are scheduled

  Scenario: Converting ends the trial early
    When the event TrialConverted is published with customer_id "C-1"
    Then no saga is active
    And no deadlines are scheduled
    And no commands are dispatched

  @saga:TrialSaga
  Scenario: The reminder is due after twelve days
    Given 1 day has elapsed
    When 10 days elapse
    Then no commands are dispatched
    And 1 saga is active

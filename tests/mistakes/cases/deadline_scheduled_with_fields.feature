# wrong: this sentence takes no fields, so "with customer_id "C-1"" cannot be checked
# fix: write: Then a deadline TrialReminder is scheduled in 12 days
# line: 9
Feature: F

  Scenario: s
    Given no prior activity
    When the event TrialStarted is published with customer_id "C-1" and days 14
    Then a deadline TrialReminder is scheduled in 12 days with customer_id "C-1"

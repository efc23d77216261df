# wrong: cannot read "premum" as
# line: 7
# fix: did you mean PREMIUM?
Feature: Value enum typo

  Scenario: value enum typo
    When the command StartSubscription is sent with subscription_id "S-1" and plan premum and monthly_fee 5
    Then the command succeeds

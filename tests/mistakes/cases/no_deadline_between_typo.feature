# wrong: unknown deadline 'PaymentDu'
# fix: did you mean PaymentDue?
# line: 8
Feature: No deadline between typo

  Scenario: no deadline between typo
    When the command StartSubscription is sent with subscription_id "S-1" and plan basic and monthly_fee 5.00
    Then no deadline PaymentDu is scheduled between 2026-01-01 and 2026-01-02

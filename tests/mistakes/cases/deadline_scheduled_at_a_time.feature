# wrong: "2026-01-31T00:00:00Z" is a time, and this sentence takes how long from now
# fix: Then a deadline PaymentDue is scheduled in <duration>
# line: 9
Feature: F

  Scenario: s
    Given the current time is 2026-01-01T00:00:00Z
    When the command StartSubscription is sent with subscription_id "S-1" and plan basic and monthly_fee 5.00
    Then a deadline PaymentDue is scheduled at 2026-01-31T00:00:00Z

# where: tests/mistakes/domains/handler_crash.py
# wrong: AttributeError
# fix: in pay_in
# not: cannot read
Feature: A crash is not "no events"

  Scenario: Paying in publishes nothing
    Given the event WalletOpened with wallet_id "W-1"
    When the command PayIn is sent with wallet_id "W-1" and amount 5
    Then no events are published

# where: tests/mistakes/domains/handler_crash.py
# wrong: AttributeError: 'Wallet' object has no attribute 'balanse'
# fix: in pay_in
# not: cannot read
@aggregate:Wallet
Feature: A command handler with a typo

  Scenario: Paying in
    Given the event WalletOpened with wallet_id "W-1"
    When the command PayIn is sent with wallet_id "W-1" and amount 5
    Then the command succeeds

# wrong: the step ends with ':' but no table or doc string follows it
# fix: write the fields under it as | field | value | rows
# line: 16
# domain: examples.wallet
Feature: A Then of a projection with nothing under it

  Background:
    Given the events:
      | event          | wallet_id | owner | amount |
      | WalletOpened   | W-1       | ann   |        |
      | MoneyDeposited | W-1       |       | 100    |

  Scenario: the projection is checked against nothing
    Given the user "ann" may update the wallet
    When the command WithdrawMoney is sent with wallet_id "W-1" and amount 40
    Then the projection WalletTotals shows:

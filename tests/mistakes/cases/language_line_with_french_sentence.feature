# wrong: the line "# language: fr" changes the keywords only (Soit for Given)
# fix: the sentences of castle-bdd are English, so write the rest of the step in English
# line: 11
# language: fr
Fonctionnalité: Cartes

  Scénario: une carte émise en français
    Soit the events:
      | event      | card_id | amount |
      | CardIssued | GC-1    | 100    |
    Soit l'événement CardIssued avec card_id "GC-1" et amount 100
    Quand the command RedeemCard is sent with card_id "GC-1" and amount 30
    Alors the events are:
      | event        | card_id | amount |
      | CardRedeemed | GC-1    | 30     |

"""Notes on a document: nested records and a result whose fields are named like stamps."""

from __future__ import annotations

from dataclasses import dataclass, field

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


@dataclass(frozen=True)
class Note:
    text: str
    created_at: str = ""
    pinned: bool = False


@dataclass(frozen=True)
class AddNote:
    doc_id: str
    text: str
    pinned: bool = False


@dataclass(frozen=True)
class NoteAdded:
    doc_id: str
    note: Note
    earlier: list[Note] = field(default_factory=list)


class Doc(Aggregate):
    def __init__(self) -> None:
        self.notes: list[Note] = []

    @command_handler
    def add(self, command: AddNote) -> Note:
        note = Note(command.text, "2026-01-02", command.pinned)
        self.apply(NoteAdded(command.doc_id, note, [Note("old", "2025-12-31")]))
        return note

    @event_sourcing_handler
    def on_added(self, event: NoteAdded) -> None:
        self.id = event.doc_id
        self.notes = [*self.notes, event.note]

"""Every use of behave's, freezegun's and asyncio's private names, one module each.

Nothing else in castle_bdd reaches past those libraries' public API. Each module here
names what it relies on, and `tests/compat/` checks those assumptions against the
installed versions, so that an upgrade that breaks one fails there, by name.
"""

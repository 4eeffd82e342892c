"""Add or change texts in both catalogues at once: ``python -m tools.set_texts FILE.py``.

FILE.py defines ``TEXTS = {"key": ("English", "Nederlands"), ...}``. Each English text
(but a tooltip's, ``help.<field>``: its English is the field's description, so only
its Dutch is taken)
is written to the English catalogue (added, or replacing the old English of that key),
the template and the Dutch catalogue are brought up to date (``i18n_catalogue``), and
the Dutch text is written as the translation (not fuzzy). Then both ``.mo`` files are
compiled. Keys listed in ``REMOVE = [...]`` are taken out of the English catalogue.

For a reviewer: the texts of a change sit in one reviewable file, in both languages.
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

from babel.messages.catalog import Catalog

from .i18n_catalogue import main as catalogue_main
from .i18n_catalogue import po_bytes, po_path, read_catalogue


def _set(catalog: Catalog, key: str, msgid: str, msgstr: str = "") -> None:
    for message in list(catalog):
        if message.context == key and message.id:
            catalog.delete(message.id, context=key)
    catalog.add(msgid, msgstr, context=key)


def apply(texts: dict[str, tuple[str, str]], remove: list[str]) -> None:
    english_path = po_path("en")
    english = read_catalogue(english_path)
    for key in remove:
        for message in list(english):
            if message.context == key and message.id:
                english.delete(message.id, context=key)
    for key, (en, _) in texts.items():
        if not key.startswith("help."):  # a tooltip's English is its field's description
            _set(english, key, en)
    english_path.write_bytes(po_bytes(english))
    catalogue_main([])  # template and Dutch catalogue up to date (new entries untranslated)
    dutch_path = po_path("nl")
    dutch = read_catalogue(dutch_path)
    for key, (en, nl) in texts.items():
        if key.startswith("help."):
            found = next((m for m in dutch if m.context == key and m.id), None)
            if found is None:
                raise KeyError(f"{key}: no such field description in the template")
            found.string = nl
            found.flags.discard("fuzzy")
            found.previous_id = []
        else:
            _set(dutch, key, en, nl)
    dutch_path.write_bytes(po_bytes(dutch))
    catalogue_main([])  # compile


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    namespace = runpy.run_path(str(Path(argv[0])))
    apply(namespace.get("TEXTS", {}), namespace.get("REMOVE", []))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

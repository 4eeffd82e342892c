"""The text catalogues: extract the template, update the Dutch catalogue, compile both.

Every text lives in a gettext catalogue under ``ccx_model/locale``, its key as the
message context (``msgctxt "deck.summary"``), the English as ``msgid``:

- ``en/LC_MESSAGES/ccx.po``: the English, written by hand (``msgstr`` empty);
- ``ccx.pot``: the template, that English plus the description of every field the
  app shows (``help.<dotted.path>``, from the pydantic models in ``ccx_model``);
- ``nl/LC_MESSAGES/ccx.po``: the Dutch translation of every template entry;
- ``en/LC_MESSAGES/ccx.mo`` (compiled from the template, ``msgstr`` = ``msgid``) and
  ``nl/LC_MESSAGES/ccx.mo``: what ``ccx_model.i18n`` reads at run time.

``python -m tools.i18n_catalogue`` (``make i18n``) extracts the template, updates
the Dutch catalogue the way ``pybabel update`` does (a new text is added untranslated,
a text whose English changed keeps its old Dutch marked fuzzy, a removed one becomes
obsolete) and compiles both ``.mo`` files; it writes a file only when it changes.
``--check`` changes nothing and lists every missing, fuzzy or stale Dutch text.
"""

from __future__ import annotations

import argparse
import importlib
import string
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from io import BytesIO
from pathlib import Path
from types import UnionType
from typing import Any, Union, get_args, get_origin

from babel.messages.catalog import Catalog, Message
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po
from pydantic import BaseModel

from ccx_model.i18n import DOMAIN, LOCALE_DIR, mo_path, read_mo
from ccx_model.scenario import Scenario

TEMPLATE = LOCALE_DIR / f"{DOMAIN}.pot"
HELP = "help."
HELP_COMMENT = "The description of this scenario field in ccx_model: change the English there."
TRANSLATED = ("nl",)
PROJECT = "ccx"
README = "Texts and translations"


def po_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def read_catalogue(path: Path) -> Catalog:
    with path.open("rb") as file:
        return read_po(file, domain=DOMAIN)


def po_bytes(catalog: Catalog) -> bytes:
    # Texts are str.format templates: Babel's guess of "python-format" (from a "% of"
    # in the text) stays out of the files.
    # An obsolete entry whose text and translation live on under a new key is a copy:
    # dropped (the catalogue keeps obsolete entries only as a memory of translations).
    live = {(message.id, message.string) for message in catalog if message.id}
    for key, message in list(catalog.obsolete.items()):
        if (message.id, message.string) in live:
            del catalog.obsolete[key]
    for message in [*catalog, *catalog.obsolete.values()]:
        message.flags.discard("python-format")
        # An old text kept as a "# | msgid …" comment is stale (Babel keeps the previous
        # text of a fuzzy entry as "#|" itself): dropped, so retired wording is gone.
        message.user_comments = [c for c in message.user_comments if not c.startswith("|")]
    buffer = BytesIO()
    write_po(buffer, catalog, width=100, include_previous=True)
    return buffer.getvalue()


def mo_bytes(catalog: Catalog, *, english: bool = False) -> bytes:
    """The compiled catalogue; the English one (from the template) maps each text to itself."""
    if english:
        catalog = _copy(catalog, lambda message: message.id)
    buffer = BytesIO()
    write_mo(buffer, catalog)
    return buffer.getvalue()


def entries(catalog: Catalog) -> Iterator[Message]:
    """The messages of a catalogue, the header left out."""
    return (message for message in catalog if message.id)


def key_of(message: Message) -> str:
    return message.context or ""


def text_of(value: object) -> str:
    """A message's id or string (ccx has no plural forms: one text, or none)."""
    if isinstance(value, tuple | list):
        return str(value[0]) if value else ""
    return str(value or "")


# ---- Extract ---------------------------------------------------------------------


def field_descriptions(model: type[BaseModel] = Scenario, prefix: str = "") -> dict[str, str]:
    """The description of every field of ``model`` and of the models nested in it.

    >>> field_descriptions()["demand.calls_per_month"]
    'Inbound calls offered per month (seed 003: 330,000).'
    """
    found: dict[str, str] = {}
    for name, info in model.model_fields.items():
        path = prefix + name
        if info.description:
            found[path] = info.description
        for nested in _models_in(info.annotation):
            found.update(field_descriptions(nested, path + "."))
    return found


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    """The models a field holds itself (``Model`` or ``Model | None``), not in a list."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    if get_origin(annotation) in (Union, UnionType):
        return [m for arg in get_args(annotation) for m in _models_in(arg)]
    return []


def shown_fields() -> list[str]:
    """The fields the app shows as inputs, each with its description as tooltip."""
    # ccx_app depends on ccx_model, not the other way round: looked up when extracting.
    fields = importlib.import_module("ccx_model.fields")  # the fields the app shows
    return [str(spec.path) for spec in fields.ALL_FIELDS]


def help_texts() -> dict[str, str]:
    """``{help.<path>: description}`` for every field the app shows."""
    descriptions = field_descriptions()
    missing = [path for path in shown_fields() if path not in descriptions]
    if missing:
        raise ValueError(f"shown fields without a description: {', '.join(missing)}")
    return {HELP + path: descriptions[path] for path in shown_fields()}


def extract(english: Catalog, helps: Mapping[str, str]) -> Catalog:
    """The template: every English text, then every field description."""
    template = _new_catalogue(None, "Texts of ccx: the template every translation follows.")
    seen: set[str] = set()
    for message in entries(english):
        key = key_of(message)
        if not key or key in seen or key in helps:
            what = "has no msgctxt" if not key else "is there twice (or is a field's help)"
            raise ValueError(f"English catalogue: {message.id!r} {what}")
        if message.string:
            raise ValueError(f"English catalogue: {key}: leave msgstr empty, the text is msgid")
        seen.add(key)
        template.add(message.id, context=key, auto_comments=message.auto_comments)
    for key, text in helps.items():
        template.add(text, context=key, auto_comments=[HELP_COMMENT])
    return template


# ---- Update ----------------------------------------------------------------------


def update(translations: Catalog, template: Catalog) -> Catalog:
    """The translations made to follow the template, as ``pybabel update`` does, by key.

    An entry whose English changed keeps its translation, marked fuzzy with the old
    English as ``#| msgid``; a new one comes in untranslated; one no longer in the
    template becomes obsolete (``#~``).
    """
    old = {key_of(m): m for m in entries(translations)}
    retired = {key_of(m): m for m in translations.obsolete.values()}
    updated = _new_catalogue(translations.locale_identifier, None, translations)
    for message in entries(template):
        key, english = key_of(message), text_of(message.id)
        before = old.pop(key, None) or retired.pop(key, None)
        string, fuzzy, previous = "", False, ""
        if before is not None:
            string, fuzzy = text_of(before.string), before.fuzzy
            previous = text_of(before.previous_id) if fuzzy else ""
            if text_of(before.id) != english and string:
                fuzzy, previous = True, text_of(before.id)
        updated.add(
            english,
            string,
            context=key,
            auto_comments=message.auto_comments,
            user_comments=before.user_comments if before else (),
            flags=["fuzzy"] if fuzzy else [],
            previous_id=[previous] if previous else (),
        )
    for message in [*old.values(), *retired.values()]:
        updated.obsolete[(text_of(message.id), key_of(message))] = message
    return updated


def _new_catalogue(locale: str | None, title: str | None, like: Catalog | None = None) -> Catalog:
    catalog = Catalog(locale=locale, domain=DOMAIN, project=PROJECT, fuzzy=False)
    if like is not None:
        catalog.header_comment = like.header_comment
        catalog.creation_date = like.creation_date
        catalog.revision_date = like.revision_date
        catalog.last_translator = like.last_translator
        catalog.language_team = like.language_team
    else:
        catalog.header_comment = f"# {title}\n# Keys are message contexts: see README.md, {README}."
        catalog.revision_date = catalog.creation_date
        catalog.last_translator = catalog.language_team = "ccx developers"
    return catalog


def _copy(catalog: Catalog, string_of: Callable[[Message], Any]) -> Catalog:
    copied = _new_catalogue(catalog.locale_identifier, None, catalog)
    for message in entries(catalog):
        copied.add(message.id, string_of(message), context=message.context, flags=message.flags)
    return copied


# ---- Check -----------------------------------------------------------------------


def placeholders(text: str) -> set[str]:
    """The ``{names}`` ``str.format`` fills in.

    >>> sorted(placeholders("{count} of {total:,} ({share}%)"))
    ['count', 'share', 'total']
    """
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def translation_problems(template: Catalog, translations: Catalog, lang: str) -> list[str]:
    """Every template text without a current translation, and every translation too many."""
    problems: list[str] = []
    found = {key_of(m): m for m in entries(translations)}
    for message in entries(template):
        key = key_of(message)
        entry = found.pop(key, None)
        if entry is None:
            problems.append(f"{lang}: {key}: no entry (run make i18n)")
        elif entry.id != message.id:
            problems.append(f"{lang}: {key}: translates an older English (run make i18n)")
        elif not entry.string:
            problems.append(f"{lang}: {key}: not translated")
        elif entry.fuzzy:
            problems.append(f"{lang}: {key}: fuzzy (the English changed): check it")
        else:
            try:
                same = placeholders(text_of(entry.string)) == placeholders(text_of(message.id))
            except ValueError as error:
                problems.append(f"{lang}: {key}: not a format string ({error})")
                continue
            if not same:
                problems.append(f"{lang}: {key}: placeholders differ from the English")
    problems.extend(f"{lang}: {key}: no such English text" for key in found)
    return problems


def problems() -> list[str]:
    """What is out of date or missing in the catalogues, as ``make i18n`` would leave it."""
    template = extract(read_catalogue(po_path("en")), help_texts())
    found: list[str] = []
    if _keyed(read_catalogue(TEMPLATE)) != _keyed(template):
        found.append(f"{TEMPLATE.name} is out of date (run make i18n)")
    if _compiled(mo_path("en").read_bytes()) != _compiled(mo_bytes(template, english=True)):
        found.append("en: ccx.mo is out of date (run make i18n)")
    for lang in TRANSLATED:
        translations = read_catalogue(po_path(lang))
        found.extend(translation_problems(template, translations, lang))
        if _compiled(mo_path(lang).read_bytes()) != _compiled(mo_bytes(translations)):
            found.append(f"{lang}: ccx.mo is out of date (run make i18n)")
    return found


def _compiled(mo: bytes) -> dict[str, str]:
    """The messages of a ``.mo``, without its header (dates, the Babel version)."""
    return {key: text for key, text in read_mo(mo).items() if key}


def _keyed(catalog: Catalog) -> list[tuple[str, str]]:
    return [(key_of(m), str(m.id)) for m in entries(catalog)]


# ---- make i18n -------------------------------------------------------------------


def _write(path: Path, content: bytes) -> bool:
    if path.exists() and path.read_bytes() == content:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return True


def build() -> list[str]:
    """Extract, update and compile; the files written."""
    template = extract(read_catalogue(po_path("en")), help_texts())
    written: list[Path] = []
    if TEMPLATE.exists() and _keyed(read_catalogue(TEMPLATE)) == _keyed(template):
        template = read_catalogue(TEMPLATE)  # unchanged: its header (and date) stay
    if _write(TEMPLATE, po_bytes(template)):
        written.append(TEMPLATE)
    if _write(mo_path("en"), mo_bytes(template, english=True)):
        written.append(mo_path("en"))
    for lang in TRANSLATED:
        after = update(read_catalogue(po_path(lang)), template)
        if _write(po_path(lang), po_bytes(after)):
            written.append(po_path(lang))
        if _write(mo_path(lang), mo_bytes(after)):
            written.append(mo_path(lang))
    return [str(path.relative_to(LOCALE_DIR.parent.parent)) for path in written]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ccx_model.i18n_catalogue")
    parser.add_argument("--check", action="store_true", help="change nothing; list problems")
    args = parser.parse_args(argv)
    if not args.check:
        for path in build():
            print(f"wrote {path}")
    found = problems()
    for problem in found:
        print(problem, file=sys.stderr)
    print(f"{len(found)} texts to translate or check" if found else "catalogues up to date")
    return 1 if found and args.check else 0


if __name__ == "__main__":
    sys.exit(main())

"""The names ccx itself bundles, shown in the reader's language.

The bundled scenarios (``scenarios/*.yaml``) hold their names, descriptions,
investments, contact reasons and departments in English — "Full profit centre",
"Project team (6 months)", "Where is my order?", "Billing" — as data. The data is never
rewritten: a scenario keeps the texts it was saved with, and a text a user typed is
shown exactly as typed. Only where a text is *displayed* (the pages, the charts and
chart files, the deck, the workbook, Compare) does :func:`display_name` turn a text
that ccx bundles into the reader's language.

A bundled text is found by its English, letter for letter: the catalogue holds each
under a ``bundled.reason.*``, ``bundled.department.*``, ``bundled.scenario.*``,
``bundled.description.*``, ``bundled.investment.*`` or ``bundled.note.*`` (a
pilot's agreed note) key with that English as its
English text (``tools/texts/bundled_names.py``, ``tools/texts/bundled_scenarios.py``).
A text someone typed that is exactly a bundled English text is shown in Dutch too —
it is the same text. A scenario saved from a bundled one under a new name shows that
name as typed, and its description in Dutch until the description is edited.

The Failure demand page's editing tables show the display names too (a Dutch reader
edits the table in Dutch). An edit hands back what the table shows, so a cell that
still shows its row's stored name keeps that stored name exactly; a name typed anew is
kept as typed, unless it is exactly how the table shows a name it already holds
(:func:`stored_name`: "Facturatie" typed in Dutch beside the bundled "Billing" is
that department, not a second one under the same shown name).

>>> display_name("Billing", "nl"), display_name("Billing", "en"), display_name("Sales", "nl")
('Facturatie', 'Billing', 'Sales')
>>> display_name("Full profit centre", "nl"), display_name("Project team (6 months)", "nl")
('Volledig profitcenter', 'Projectteam (6 maanden)')
>>> stored_name("Facturatie", "nl", {"Billing", "Sales"}), stored_name("Facturatie", "nl", {"Sales"})
('Billing', 'Facturatie')
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from functools import cache

from .i18n import texts

PREFIXES = (
    "bundled.reason.",
    "bundled.department.",
    "bundled.scenario.",
    "bundled.description.",
    "bundled.investment.",
    "bundled.note.",
)


@cache
def _keys() -> Mapping[str, str]:
    """``{English name: catalogue key}`` of every bundled name."""
    return {text: key for key, text in texts("en").items() if key.startswith(PREFIXES)}


def is_bundled(text: str) -> bool:
    """Whether ``text`` is a name ccx bundles (its English, exactly)."""
    return text in _keys()


def display_name(text: str, lang: str) -> str:
    """``text`` as the reader sees it: a bundled name in ``lang``, any other unchanged.

    >>> display_name("Where is my order?", "nl"), display_name("", "nl")
    ('Waar blijft mijn bestelling?', '')
    """
    key = _keys().get(text)
    if key is None:
        return text
    return texts(lang).get(key) or text


def stored_name(shown: str, lang: str, stored: Collection[str]) -> str:
    """The stored name that ``shown`` displays, among ``stored`` (the names the table
    was drawn from); ``shown`` itself when it displays none of them (typed anew)."""
    if shown in stored:
        return shown
    return next(
        (name for name in stored if name != shown and display_name(name, lang) == shown), shown
    )

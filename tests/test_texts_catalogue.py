"""The text catalogues (ccx_model/locale): complete, current, compiled, and used."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog

from ccx_model import i18n
from ccx_model.fields import ALL_FIELDS
from tools.i18n_catalogue import (
    TEMPLATE,
    entries,
    extract,
    help_texts,
    po_path,
    problems,
    read_catalogue,
    translation_problems,
    update,
)

ROOT = Path(__file__).resolve().parents[1]


def test_every_dutch_text_is_there_current_and_compiled() -> None:
    """Template = English catalogue + field descriptions; every entry has a Dutch text
    that is translated, not fuzzy, of the current English, with the same {placeholders};
    no Dutch text without English; both .mo files compiled from what the .po say now."""
    assert problems() == []


def test_the_catalogues_hold_every_text() -> None:
    template = read_catalogue(TEMPLATE)
    keys = [message.context for message in entries(template)]
    assert len(keys) == len(set(keys)) == len(i18n.texts("en")) == len(i18n.texts("nl"))
    assert len(keys) >= 815
    # The tooltip of every field the app shows is its pydantic description.
    assert {f"help.{spec.path}" for spec in ALL_FIELDS} <= set(keys)
    assert i18n.t("help.demand.calls_per_month") == help_texts()["help.demand.calls_per_month"]


def test_every_key_works_after_importing_the_model_alone() -> None:
    code = (
        "from ccx_model.i18n import t; "
        "print(t('deck.summary', 'nl'), t('export.png'), t('xlsx.sheet.assumptions', 'nl'), "
        "t('office.title'), t('page.overview', 'nl'), sep='|')"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == (
        "Managementsamenvatting|PNG for a slide|Aannames|For the board|Overzicht"
    )
    assert "ccx_app" not in done.stderr


def test_look_ups_fill_in_values_and_refuse_unknown_keys() -> None:
    assert i18n.t("range.between", "nl", low=1, high=2) == "1 tot en met 2"
    assert i18n.translate_localized("range.at_least", "nl", {"x": 0.5}) == "minimaal 0,5"
    assert i18n.t("page.overview", "de") == "Overview"  # another language: English
    with pytest.raises(KeyError, match=r"no\.such\.key"):
        i18n.t("no.such.key")
    own = {"page.overview": {"en": "Mine", "nl": "Van mij"}}
    assert i18n.translate("page.overview", "nl", own) == "Van mij"
    assert i18n.translate("page.staffing", "nl", own) == "Personeelsplanning"


def test_a_missing_dutch_text_shows_the_english_with_a_warning(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    english = dict(i18n.texts("en"))
    monkeypatch.setattr(i18n, "texts", lambda lang: english if lang == "en" else {})
    with pytest.warns(i18n.MissingTextWarning, match="page.overview"):
        assert i18n.t("page.overview", "nl") == "Overview"


def _catalogue(locale: str | None, *items: tuple[str, str, str]) -> Catalog:
    catalog = Catalog(locale=locale, fuzzy=False)
    for key, english, dutch in items:
        catalog.add(english, dutch, context=key)
    return catalog


def test_the_update_follows_the_english_by_key() -> None:
    english = _catalogue(
        "en",
        ("a.same", "Same", ""),
        ("a.changed", "Changed now {n}", ""),
        ("a.new", "New", ""),
    )
    template = extract(english, {"help.x": "A field."})
    dutch = _catalogue(
        "nl",
        ("a.same", "Same", "Zelfde"),
        ("a.changed", "Changed {n}", "Veranderd {n}"),
        ("a.gone", "Gone", "Weg"),
        ("help.x", "A field.", "Een veld."),
    )
    updated = {m.context: m for m in entries(update(dutch, template))}
    assert list(updated) == ["a.same", "a.changed", "a.new", "help.x"]
    assert (updated["a.same"].string, updated["a.same"].fuzzy) == ("Zelfde", False)
    changed = updated["a.changed"]
    assert (changed.id, changed.string, changed.fuzzy) == ("Changed now {n}", "Veranderd {n}", True)
    assert changed.previous_id == ["Changed {n}"]
    assert (updated["a.new"].string, updated["a.new"].fuzzy) == ("", False)
    assert [key for _, key in update(dutch, template).obsolete] == ["a.gone"]
    # Each of these stops the test above.
    assert translation_problems(template, update(dutch, template), "nl") == [
        "nl: a.changed: fuzzy (the English changed): check it",
        "nl: a.new: not translated",
    ]
    assert translation_problems(template, dutch, "nl") == [
        "nl: a.changed: translates an older English (run make i18n)",
        "nl: a.new: no entry (run make i18n)",
        "nl: a.gone: no such English text",
    ]
    wrong = _catalogue("nl", ("a.same", "Same", "Zelfde {x}"))
    assert translation_problems(_catalogue(None, ("a.same", "Same", "")), wrong, "nl") == [
        "nl: a.same: placeholders differ from the English"
    ]


def test_the_english_catalogue_leaves_the_help_to_the_fields() -> None:
    english = read_catalogue(po_path("en"))
    assert not [m.context for m in entries(english) if str(m.context).startswith("help.")]
    assert not [m.context for m in entries(english) if m.string]


# A key passed as a literal to t(), translate() or translate_localized(), or as a
# ``*_key=`` parameter; an f-string's literal start must begin some key.
_LOOK_UP = re.compile(
    r"""(?:\b(?:t|translate|translate_localized)\(\s*|\b\w+_key=)(f?)(["'])([a-z][\w.{}\-]*)\2"""
)


def _looked_up() -> list[tuple[str, str, bool]]:
    found = []
    for folder in ("ccx_model", "ccx_app", "ccx_export", "ccx_charts", "ccx_cli"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for prefix, _, key in _LOOK_UP.findall(path.read_text(encoding="utf-8")):
                if "." in key:
                    found.append((path.name, key, bool(prefix)))
    return found


def test_every_key_the_code_looks_up_exists() -> None:
    keys = set(i18n.texts("en"))
    looked_up = _looked_up()
    assert len(looked_up) > 300  # the scan finds the code's look-ups (379 at the ledger rewrite)
    missing = [
        (name, key)
        for name, key, formatted in looked_up
        if (
            not any(k.startswith(key.split("{")[0]) for k in keys)
            if formatted and "{" in key
            else key not in keys
        )
    ]
    assert missing == []


def _note_keys() -> set[str]:
    """The notes a KPI can carry: literal ``note.…`` keys in the report, and the IRR's."""
    from ccx_model import case_kpis

    source = "".join(
        (ROOT / "ccx_model" / name).read_text(encoding="utf-8")
        for name in ("report.py", "report_kpis.py", "case_kpis.py")
    )
    notes = set(re.findall(r'"(note\.[a-z_]+(?:\.[a-z_]+)*)"', source))
    notes.discard("note.irr.")
    notes |= {f"note.irr.{reason}" for reason in case_kpis._IRR_NOTES.values()}
    notes.add("note.irr.none")
    assert {"note.never", "note.provider_heads", "note.roi_no_cost"} <= notes
    return notes


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_kpi_has_its_label_explanation_and_notes(lang: str) -> None:
    """KPI texts are looked up by a computed key, so the literal scan above cannot see
    them: the registry itself is the list."""
    from ccx_model.kpis import KPIS

    texts = i18n.texts(lang)
    wanted = {f"{kind}.{key}" for key in KPIS for kind in ("kpi", "explain")}
    wanted |= {n for note in _note_keys() for n in (note, note + ".short")}
    wanted |= {"unit.na", "unit.month", "unit.seconds", "unit.erlang_hours"}
    assert sorted(wanted - set(texts)) == []
    assert not [k for k in wanted if not texts[k].strip()]

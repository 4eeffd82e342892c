"""Broken and hostile scenario files: each opens, or is refused with a plain message
naming the field or the file problem (in English and Dutch), quickly, never with a
traceback or a hang.

The corpus lives in ``tests/fixtures/hostile/``, one small file per case, named for
what it tests. Files too big to commit (a 10 MB name, 100,000 investments) are
written at test time.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from ccx_cli import main
from ccx_model.problems import InputError
from ccx_model.scenario import Scenario
from ccx_model.scenario_io import (
    MAX_FILE_BYTES,
    MAX_ITEMS,
    MAX_PROBLEMS,
    MAX_VALUES,
    apply_overrides,
    load_scenario,
    load_scenario_text,
    parse_text,
    scenario_from_dict,
)

CORPUS = Path(__file__).resolve().parent / "fixtures" / "hostile"
SECONDS = 2.0  # generous: every file here takes milliseconds
LONGEST_MESSAGE = 300  # a message never renders a huge input


@dataclass(frozen=True)
class Refused:
    """A fragment of the English and of the Dutch message."""

    en: str
    nl: str


OPENS = "opens"

EXPECTED: dict[str, Refused | str] = {
    # Not a scenario at all.
    "empty.yaml": Refused("the file is empty", "het bestand is leeg"),
    "only_comments.yaml": Refused("the file is empty", "het bestand is leeg"),
    "a_list.yaml": Refused("must hold a mapping of fields", "moet velden met hun waarden"),
    "a_scalar.yaml": Refused("must hold a mapping of fields", "moet velden met hun waarden"),
    "non_utf8.yaml": Refused("not UTF-8 text", "geen UTF-8-tekst"),
    "nul_byte.yaml": Refused(
        "line 2, column 10: the control character U+0000 cannot be in a scenario file",
        "regel 2, kolom 10: het stuurteken U+0000",
    ),
    # Broken YAML or JSON: the line (and column) to look at.
    "truncated.yaml": Refused("not valid YAML at line 7", "geen geldige YAML op regel 7"),
    "tabs.yaml": Refused("not valid YAML at line 3, column 1", "op regel 3, kolom 1"),
    "json_broken.json": Refused("not valid YAML at line 5", "geen geldige YAML op regel 5"),
    "multiple_documents.yaml": Refused("not valid YAML at line 3", "op regel 3"),
    # Hostile: refused by name before anything is built.
    "alias_bomb.yaml": Refused("anchors and aliases", "ankers en aliassen"),
    "alias_small.yaml": Refused("workforce: line 3: anchors and aliases", "workforce: regel 3"),
    "python_tag.yaml": Refused(
        "name: line 2: the tag !!python/object/apply:os.system is not allowed",
        "de tag !!python/object/apply:os.system is niet toegestaan",
    ),
    "binary_tag.yaml": Refused("the tag !!binary is not allowed", "de tag !!binary"),
    "set_tag.yaml": Refused(
        "business_case.success_criteria: line 3: the tag !!set", "de tag !!set"
    ),
    "include_tag.yaml": Refused("the tag !include is not allowed", "de tag !include"),
    "deep_nesting.yaml": Refused("nested more than 50 levels deep", "meer dan 50 niveaus"),
    "deep_nesting_flow.yaml": Refused("nested more than 50 levels deep", "meer dan 50 niveaus"),
    "huge_integer_digits.yaml": Refused(
        "demand.calls_per_month: a number written with 5,001 characters",
        "demand.calls_per_month: een getal van 5.001 tekens",
    ),
    # YAML 1.1 would build a huge base-60 integer; YAML 1.2 reads text, refused by the field.
    "sexagesimal_bomb.yaml": Refused(
        "demand.calls_per_month: '1:0:0:0", "schrijf het als gewoon decimaal getal"
    ),
    "long_unknown_key.yaml": Refused("...: unknown field", "...: onbekend veld"),
    "duplicate_keys.yaml": Refused(
        "service.shrinkage: appears twice (lines 4 and 6)",
        "service.shrinkage: komt twee keer voor (regels 4 en 6)",
    ),
    "json_duplicate_keys.json": Refused("name: appears twice (lines 3 and 4)", "name: komt twee"),
    # Valid YAML, wrong scenario: the field and what is allowed.
    "future_version.yaml": Refused("newer version of ccx", "nieuwere versie van ccx"),
    "bad_schema_version.yaml": Refused(
        "schema_version: two is not a version this program wrote; allowed: a whole number from 1",
        "schema_version: two is geen versie",
    ),
    "huge_number.yaml": Refused(
        "demand.aht_seconds: ~10^400", "demand.calls_per_month: '1e400' is niet toegestaan"
    ),
    "nan.yaml": Refused(
        "demand.calls_per_month: nan is not allowed; allowed: 1 to 100,000,000",
        "demand.calls_per_month: nan is niet toegestaan; toegestaan: 1 tot en met 100.000.000",
    ),
    "inf.yaml": Refused(
        "workforce.loaded_hourly_wage_eur: -inf is not allowed",
        "demand.calls_per_month: inf is niet toegestaan",
    ),
    "json_nan.json": Refused("demand.calls_per_month: 'NaN' is not allowed", "'NaN' is niet"),
    "wrong_types.yaml": Refused(
        "business_case.investments: 'none' is not valid",
        "demand.calls_per_month: 'lots' is niet toegestaan",
    ),
    "unknown_keys.yaml": Refused(
        "demand.calls_per_mnth: unknown field (a typo?)", "demand.calls_per_mnth: onbekend veld"
    ),
    "negative_values.yaml": Refused(
        "demand.calls_per_month: -330000 is not allowed",
        "workforce.loaded_hourly_wage_eur: -20 is niet toegestaan",
    ),
    "share_over_100.yaml": Refused(
        "service.service_level_target: 80 is not allowed; allowed: above 0 to 0.999",
        "toegestaan: meer dan 0 tot en met 0,999",
    ),
    "percent_strings.yaml": Refused(
        "service.service_level_target: '80%' is not allowed", "'80%' is niet toegestaan"
    ),
    "bool_as_number.yaml": Refused(
        "demand.calls_per_month: yes is not a number", "demand.calls_per_month: yes is geen getal"
    ),
    "null_sections.yaml": Refused("service: None is not valid", "demand: None is niet geldig"),
    "section_as_list.yaml": Refused("demand: [330000, 205] is not valid", "is niet geldig"),
    "reasons_not_100.yaml": Refused(
        "contact reasons of channel phone add up to 90%, not 100%", "zijn samen 90%, niet 100%"
    ),
    "unknown_channel.yaml": Refused(
        "failure_demand.reasons.0.channel: 'fax' is not allowed; allowed: 'phone', 'chat', "
        "'email' or 'back_office'",
        "'email' of 'back_office'",
    ),
    "investments_after_horizon.yaml": Refused(
        "paid in month 90, after the horizon of 60 months", "na de horizon van 60 maanden"
    ),
    "wrong_opening_hours.yaml": Refused("(Monday: 20 to 8)", "(maandag: 20 tot 8)"),
    # Files that are fine, though written unusually.
    "bom.yaml": OPENS,
    "crlf.yaml": OPENS,
    # Pydantic reads a number written as text ("330000") as the number: a spreadsheet
    # export often quotes numbers, and the value is exact, so this is accepted.
    "string_numbers.yaml": OPENS,
    "date_name.yaml": OPENS,
    # YAML escapes can write any character, but a control character cannot be shown in
    # a chart, a slide or a spreadsheet (one once stopped the server): refused by field.
    "control_characters.yaml": Refused(
        "name: contains the control character U+001B at position 7",
        "name: bevat het stuurteken U+001B op positie 7",
    ),
    # Written at test time (see ``generated``).
    "huge_string.yaml": Refused("file larger than 1000 kB", "bestand groter dan 1000 kB"),
    "very_long_list.yaml": Refused(
        "business_case.investments: more than 10,000 items",
        "business_case.investments: meer dan 10.000 onderdelen",
    ),
    "too_many_values.yaml": Refused("more than 50,000 values", "meer dan 50.000 waarden"),
    "many_unknown_keys.yaml": Refused("and 9949 more problems", "en nog 9949 problemen"),
    "huge_description.yaml": Refused(
        "description: longer than 4000 characters", "description: langer dan 4000 tekens"
    ),
    "sexagesimal_bomb_large.yaml": Refused(
        "write it as a plain decimal number", "demand.calls_per_month: '1:0:0"
    ),
}


def _generated_files() -> dict[str, str]:
    """Files too big to commit: name -> text."""
    return {
        # A 10 MB name: over the size limit, refused before it is read as YAML.
        "huge_string.yaml": "name: " + "x" * 10_000_000 + "\n",
        # 100,000 investments (the shortest an investment can be written: {}).
        "very_long_list.yaml": "business_case:\n  investments: [" + "{}," * 100_000 + "{}]\n",
        # Lists of at most MAX_ITEMS, but more than MAX_VALUES values in all.
        "too_many_values.yaml": "pattern:\n  interval_calls: ["
        + ", ".join(["[" + ", ".join(["1"] * 9_000) + "]"] * 10)
        + "]\n",
        # 9,999 typos: the first MAX_PROBLEMS are listed, the rest counted.
        "many_unknown_keys.yaml": "".join(f"field_{i}: 1\n" for i in range(9_999)),
        # 900 kB of description (the limit is 4,000 characters): the message shows a bit.
        "huge_description.yaml": "description: " + "x" * 900_000 + "\n",
        # 1:0:0:... is a base-60 integer in YAML 1.1 (400,000 digits take minutes to build);
        # YAML 1.2 reads it as text, which the number field refuses at once.
        "sexagesimal_bomb_large.yaml": "demand:\n  calls_per_month: 1" + ":0" * 400_000 + "\n",
    }


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    for name, text in _generated_files().items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _path(name: str, generated: Path) -> Path:
    committed = CORPUS / name
    return committed if committed.exists() else generated / name


def _open(path: Path) -> tuple[Scenario | InputError, float]:
    start = time.perf_counter()
    try:
        outcome: Scenario | InputError = load_scenario(path)
    except InputError as exc:
        outcome = exc
    return outcome, time.perf_counter() - start


class TestTheCorpus:
    def test_every_committed_file_has_an_expected_outcome(self) -> None:
        committed = {p.name for p in CORPUS.iterdir()}
        assert committed <= set(EXPECTED), committed - set(EXPECTED)
        assert committed | set(_generated_files()) == set(EXPECTED)

    def test_the_corpus_is_small_and_covers_at_least_thirty_cases(self) -> None:
        assert len(EXPECTED) >= 30
        assert all(p.stat().st_size < 20_000 for p in CORPUS.iterdir())


@pytest.mark.parametrize("name", sorted(EXPECTED))
class TestEveryFile:
    def test_it_opens_or_is_refused_with_a_plain_message_in_time(
        self, name: str, generated: Path
    ) -> None:
        outcome, seconds = _open(_path(name, generated))
        assert seconds < SECONDS, f"{name} took {seconds:.2f} s"
        expected = EXPECTED[name]
        if expected == OPENS:
            assert isinstance(outcome, Scenario), outcome
            return
        assert isinstance(expected, Refused)
        assert isinstance(outcome, InputError), f"{name} opened"
        english, dutch = outcome.messages("en"), outcome.messages("nl")
        assert any(expected.en in m for m in english), english
        assert any(expected.nl in m for m in dutch), dutch
        assert all(len(m) <= LONGEST_MESSAGE for m in english + dutch)
        assert len(outcome.problems) <= MAX_PROBLEMS + 1

    @pytest.mark.parametrize("lang", ["en", "nl"])
    def test_the_command_line_exits_2_with_the_message_or_evaluates(
        self, name: str, lang: str, generated: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        path = str(_path(name, generated))
        start = time.perf_counter()
        try:
            code = main(["--lang", lang, "evaluate", path, "--json"])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        seconds = time.perf_counter() - start
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        expected = EXPECTED[name]
        if expected == OPENS:
            assert code == 0, err
            assert json.loads(out)["scenario"]
            return
        assert isinstance(expected, Refused)
        assert seconds < SECONDS, f"{name} took {seconds:.2f} s"
        assert code == 2
        assert out == ""
        lines = err.splitlines()
        assert lines and all(line.startswith(f"ccx: error: {path}: ") for line in lines)
        assert (expected.en if lang == "en" else expected.nl) in err


class TestTheLimits:
    def test_a_file_at_the_size_limit_is_read_and_one_byte_more_is_not(self) -> None:
        filler = "# " + "x" * (MAX_FILE_BYTES - 100) + "\n"
        padded = filler + "name: Padded\n"
        padded += "#" * (MAX_FILE_BYTES - len(padded.encode()))
        assert load_scenario_text(padded).name == "Padded"
        with pytest.raises(InputError, match="larger than 1000 kB"):
            load_scenario_text(padded + "#")

    def test_the_size_limit_counts_bytes_not_characters(self) -> None:
        with pytest.raises(InputError, match="larger than"):
            parse_text("name: " + "é" * (MAX_FILE_BYTES // 2))

    def test_a_list_of_the_most_items_is_read(self) -> None:
        text = "business_case:\n  success_criteria: [" + ", ".join(["a"] * MAX_ITEMS) + "]\n"
        assert len(parse_text(text)["business_case"]["success_criteria"]) == MAX_ITEMS

    def test_a_mapping_with_too_many_keys_is_refused_naming_it(self) -> None:
        keys = ", ".join(f"k{i}: 1" for i in range(MAX_ITEMS + 1))
        with pytest.raises(InputError, match=r"^demand: more than 10,000 items"):
            parse_text("demand: {" + keys + "}")

    def test_fifty_levels_are_read_and_fifty_one_are_not(self) -> None:
        assert parse_text("a: " + "[" * 49 + "]" * 49)
        with pytest.raises(InputError, match="nested more than 50 levels"):
            parse_text("a: " + "[" * 50 + "]" * 50)

    def test_the_most_values_are_read_quickly_and_one_more_is_not(self) -> None:
        def text(values: int) -> str:
            # A mapping, its key, an outer list and 5 inner lists: 8 values besides the numbers.
            numbers = [["1.5"] * 9_999] * 4 + [["1.5"] * (values - 4 * 9_999)]
            return "a: [" + ", ".join("[" + ", ".join(row) + "]" for row in numbers) + "]"

        start = time.perf_counter()
        assert len(parse_text(text(MAX_VALUES - 8))["a"]) == 5
        assert time.perf_counter() - start < SECONDS
        with pytest.raises(InputError, match="more than 50,000 values"):
            parse_text(text(MAX_VALUES - 7))

    def test_a_number_of_a_thousand_characters_is_still_read(self) -> None:
        assert parse_text("a: 1" + "0" * 999)["a"] == 10**999


class TestReadingRules:
    """What ``yaml.safe_load`` would have done differently, and why."""

    def test_a_duplicate_key_names_both_lines(self) -> None:
        with pytest.raises(InputError) as caught:
            parse_text("demand:\n  aht_seconds: 200\n  calls_per_month: 1\n  aht_seconds: 205\n")
        assert caught.value.messages("en") == [
            "demand.aht_seconds: appears twice (lines 2 and 4); keep one."
        ]

    def test_the_same_key_in_two_sections_is_not_a_duplicate(self) -> None:
        data = parse_text("retention:\n  ramp_up_months: 3\ncross_sell:\n  ramp_up_months: 6\n")
        assert data["retention"]["ramp_up_months"] == 3

    def test_a_duplicate_key_in_a_list_item_names_the_item(self) -> None:
        text = "business_case:\n  investments:\n  - name: a\n  - name: b\n    name: c\n"
        with pytest.raises(InputError, match=r"business_case\.investments\.1\.name: appears"):
            parse_text(text)

    @pytest.mark.parametrize("text", ["a: *x", "a: &x 1", "a: [&x 1, *x]"])
    def test_anchors_and_aliases_are_refused(self, text: str) -> None:
        with pytest.raises(InputError, match="anchors and aliases"):
            parse_text(text)

    @pytest.mark.parametrize("text", ["<<: *x", "<<: {name: x}", "demand:\n  <<: {a: 1}\n"])
    def test_merge_keys_are_refused(self, text: str) -> None:
        with pytest.raises(InputError, match=r"merge keys \(<<\) are not allowed"):
            parse_text(text)

    def test_an_explicit_plain_tag_is_fine(self) -> None:
        assert parse_text("name: !!str 2025\nx: !!float 1") == {"name": "2025", "x": 1.0}

    def test_a_date_like_value_stays_text(self) -> None:
        assert load_scenario_text("name: 2025-06-01\n").name == "2025-06-01"

    def test_yes_and_on_are_still_true_for_a_yes_or_no_field(self) -> None:
        scenario = load_scenario_text("retention:\n  enabled: yes\noutbound:\n  enabled: on\n")
        assert scenario.retention.enabled and scenario.outbound.enabled

    @pytest.mark.parametrize(
        ("text", "field"),
        [
            ("pattern:\n  hourly_weights: [true]\n", "pattern.hourly_weights.0"),
            ("business_case:\n  horizon_years: on\n", "business_case.horizon_months"),
            (
                "schema_version: 3\nbusiness_case:\n  horizon_months: on\n",
                "business_case.horizon_months",
            ),
            ("business_case:\n  investments: [{name: a, month: no}]\n", "investments.0.month"),
        ],
    )
    def test_true_or_false_where_a_number_belongs_is_refused(self, text: str, field: str) -> None:
        with pytest.raises(InputError, match=f"{field}: (true|false|on|no) is not a number"):
            load_scenario_text(text)

    def test_a_string_with_a_lone_surrogate_is_refused(self) -> None:
        with pytest.raises(InputError, match="not UTF-8"):
            parse_text("name: \ud800\n")


class TestMessagesStayShort:
    """``Problem`` prints a value whole, then cuts it short; these values must not
    break that or make it slow."""

    def test_an_integer_too_long_to_print_is_shown_by_its_size(self) -> None:
        with pytest.raises(InputError) as caught:
            scenario_from_dict({"demand": {"calls_per_month": 10**5_000}})
        assert caught.value.messages("en") == [
            "demand.calls_per_month: ~10^5000 is not allowed; allowed: 1 to 100,000,000."
        ]

    def test_a_long_list_where_a_number_belongs_shows_its_start(self) -> None:
        with pytest.raises(InputError) as caught:
            scenario_from_dict({"demand": {"calls_per_month": [0] * MAX_ITEMS}})
        (message,) = caught.value.messages("nl")
        assert message.startswith("demand.calls_per_month: [0, 0, 0")
        assert len(message) < LONGEST_MESSAGE


class TestOverrides:
    def test_an_alias_bomb_on_the_command_line_stays_harmless_text(self) -> None:
        bomb = "[&a [x, x, x, x, x, x, x, x, x], &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]]"
        start = time.perf_counter()
        assert apply_overrides(Scenario(), [f"name={bomb}"]).name == bomb
        assert time.perf_counter() - start < SECONDS

    def test_a_huge_integer_override_is_refused_with_the_field(self) -> None:
        with pytest.raises(InputError, match=r"demand\.calls_per_month"):
            apply_overrides(Scenario(), ["demand.calls_per_month=1" + "0" * 5_000])

    def test_a_number_override_still_reads_as_a_number(self) -> None:
        changed = apply_overrides(Scenario(), ["demand.aht_seconds=180", "retention.enabled=yes"])
        assert changed.demand.aht_seconds == 180
        assert changed.retention.enabled

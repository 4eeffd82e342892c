"""The Streamlit app, driven headless with ``AppTest``: pages, inputs, messages, language.

AppTest runs ``app.py`` in-process with a session of its own, so every test starts
from a fresh session with the baseline scenario open. It sees widgets, metrics and
messages; it cannot see charts or download bytes, so those are left to the model
and chart tests.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from ccx_app import state
from ccx_model.pattern import WEEKS_PER_MONTH

ROOT = Path(__file__).resolve().parent.parent  # the project: app.py lives here
APP = ROOT / "app.py"
PAGES = {
    "overview": "ccx_app/pages/overview.py",
    "staffing": "ccx_app/pages/staffing.py",
    "attrition": "ccx_app/pages/attrition.py",
}
# The first run imports the charting stack; later runs take well under a second.
TIMEOUT_S = 30

# The baseline cost centre of Ziptone's article, as the Overview shows it.
BASELINE_OVERVIEW = {
    "Annual cost": "€10,231,274",
    "Cost per contact": "€2.58",
    "Headcount": "250",
    "FTE": "207.9",
    "Attrition cost per year": "€295,650",
    "Saving, 10 pts less attrition": "€98,550",
}


def start(page: str = "overview", lang: str = "en") -> AppTest:
    """A fresh session of the app, on ``page``, in ``lang``."""
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT_S).run()
    if page != "overview":
        at.switch_page(PAGES[page]).run()
    if lang != "en":
        at.radio(key="lang").set_value(lang).run()
    assert_no_exception(at)
    return at


def assert_no_exception(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]


def metrics(at: AppTest) -> dict[str, str]:
    """Metric label -> shown value; the first metric wins where a label repeats."""
    shown: dict[str, str] = {}
    for metric in at.metric:
        shown.setdefault(metric.label, metric.value)
    return shown


def errors(at: AppTest) -> list[str]:
    return [e.value for e in at.error]


def warnings(at: AppTest) -> list[str]:
    return [w.value for w in at.warning]


def inputs(at: AppTest) -> dict[str, object]:
    """Every assumption widget's value, by session-state key."""
    values: dict[str, object] = {n.key: n.value for n in at.number_input if n.key.startswith("in.")}
    values |= {c.key: c.value for c in at.checkbox if c.key.startswith("in.")}
    values |= {r.key: r.value for r in at.radio if r.key.startswith("in.")}
    values |= {s.key: s.value for s in at.selectbox if s.key.startswith("in.")}
    return values


def set_input(at: AppTest, path: str, value: float) -> AppTest:
    """Type ``value`` into the assumption ``path`` and rerun."""
    at.number_input(key=f"in.{path}").set_value(value).run()
    return at


def amount(shown: str) -> float:
    """'€10,231,274' / '301' / '88.6%' (English format) as a number."""
    return float(shown.removeprefix("€").removesuffix("%").replace(",", ""))


def weekly_forecast_csv(calls_per_open_interval: int = 10) -> bytes:
    """A week of 15-minute intervals, Monday 00:00 first: open Mon-Fri 08:00-20:00."""
    rows = []
    for i in range(7 * 24 * 4):
        day, quarter = divmod(i, 24 * 4)
        is_open = day < 5 and 8 * 4 <= quarter < 20 * 4
        rows.append(str(calls_per_open_interval if is_open else 0))
    return ("calls\n" + "\n".join(rows) + "\n").encode("utf-8")


@pytest.fixture(scope="module")
def baseline() -> AppTest:
    """An untouched session: the reference for 'unchanged' (do not interact with it)."""
    return start()


class TestPagesRender:
    def test_overview_is_the_default_page_and_shows_the_baseline_figures(self) -> None:
        at = start()
        assert at.title[0].value == "The centre today: what it costs"
        shown = metrics(at)
        for label, value in BASELINE_OVERVIEW.items():
            assert shown[label] == value, label
        assert "330,000 calls a month" in at.caption[0].value
        assert not errors(at)
        assert not warnings(at)

    def test_overview_can_also_be_opened_by_its_file(self) -> None:
        at = start("staffing")
        at.switch_page(PAGES["overview"]).run()
        assert_no_exception(at)
        assert metrics(at)["Annual cost"] == BASELINE_OVERVIEW["Annual cost"]

    def test_staffing_page_shows_the_erlang_c_plan_and_the_what_n_agents_panel(self) -> None:
        at = start("staffing")
        assert at.title[0].value == "Staffing with Erlang C"
        shown = metrics(at)
        assert shown["FTE"] == "207.9"
        assert shown["Headcount"] == "250"
        assert int(shown["Peak agents on the phones"]) > 0
        assert shown["Weekly workload (Erlang-h)"].endswith(" h")
        assert "P(wait)" in shown
        # The panel starts at the busiest interval with the plan's agents for it.
        assert at.number_input(key="reverse_agents").value == int(
            shown["Peak agents on the phones"]
        )
        assert at.selectbox(key="curve_interval").options[0].startswith("Monday 08:00")
        assert at.download_button(key="download_intervals") is not None
        assert not errors(at)

    def test_attrition_page_shows_what_a_leaver_costs_and_what_less_attrition_saves(
        self,
    ) -> None:
        at = start("attrition")
        assert at.title[0].value == "What attrition costs"
        assert metrics(at) == {
            "Leavers per year": "75.0",
            "Cost per leaver": "€3,942",
            "Attrition cost per year": "€295,650",
            "Saving per year": "€98,550",
        }
        assert "from 30.0% to 20.0%" in at.info[0].value

    @pytest.mark.parametrize("lang", ["en", "nl"])
    @pytest.mark.parametrize("page", list(PAGES))
    def test_every_page_renders_in_every_language(self, page: str, lang: str) -> None:
        at = start(page, lang)
        assert at.title[0].value
        assert len(at.metric) >= 4
        assert all(m.value for m in at.metric)
        assert not errors(at)


class TestInputsDriveTheFigures:
    def test_more_calls_per_month_raise_headcount_and_annual_cost(self) -> None:
        at = set_input(start(), "demand.calls_per_month", 400_000)
        assert_no_exception(at)
        shown = metrics(at)
        assert int(shown["Headcount"]) > 250
        assert amount(shown["Annual cost"]) > amount(BASELINE_OVERVIEW["Annual cost"])
        assert "400,000 calls a month" in at.caption[0].value
        assert not errors(at)

    def test_a_changed_input_carries_over_to_the_other_pages(self) -> None:
        at = set_input(start(), "demand.calls_per_month", 400_000)
        headcount = metrics(at)["Headcount"]
        at.switch_page(PAGES["staffing"]).run()
        assert_no_exception(at)
        assert metrics(at)["Headcount"] == headcount
        assert at.number_input(key="in.demand.calls_per_month").value == 400_000

    def test_lower_shrinkage_needs_fewer_fte_for_the_same_calls(self) -> None:
        at = set_input(start(), "service.shrinkage", 30)
        assert not errors(at)
        assert amount(metrics(at)["FTE"]) < amount(BASELINE_OVERVIEW["FTE"])

    def test_switching_off_the_occupancy_cap_never_adds_staff(self) -> None:
        at = start()
        at.checkbox(key="in.service.max_occupancy.on").uncheck().run()
        assert_no_exception(at)
        assert at.number_input(key="in.service.max_occupancy").disabled
        assert not errors(at)
        shown = metrics(at)
        assert int(shown["Headcount"]) <= 250
        assert amount(shown["Annual cost"]) <= amount(BASELINE_OVERVIEW["Annual cost"])
        assert 0 < amount(shown["Service level achieved"]) <= 100

    def test_an_out_of_range_occupancy_is_ignored_while_the_cap_is_off(self) -> None:
        at = set_input(start(), "service.max_occupancy", 20)
        assert any("Maximum occupancy (%)" in e and "50 to 100" in e for e in errors(at))
        at.checkbox(key="in.service.max_occupancy.on").uncheck().run()
        assert_no_exception(at)
        assert not errors(at)
        at.checkbox(key="in.service.max_occupancy.on").check().run()
        assert any("Maximum occupancy (%)" in e for e in errors(at))

    def test_reading_the_drop_as_relative_percent_lowers_the_saving(self) -> None:
        at = start("attrition")
        at.radio(key="in.attrition.attrition_drop_unit").set_value("relative").run()
        assert_no_exception(at)
        # 30% attrition less 10% of itself is 27%: 7.5 fewer leavers instead of 25.
        assert metrics(at)["Saving per year"] == "€29,565"
        assert "from 30.0% to 27.0%" in at.info[0].value

    def test_too_few_agents_in_the_what_n_agents_panel_warn_of_an_unstable_queue(
        self,
    ) -> None:
        at = start("staffing")
        at.number_input(key="reverse_agents").set_value(5).run()
        assert_no_exception(at)
        assert any("unstable" in w for w in warnings(at))
        panel = [m.value for m in at.metric][-4:]  # service level, P(wait), ASA, occupancy
        assert panel == ["0.0%", "100.0%", "∞ s", "100.0%"]
        # The plan itself is untouched.
        assert metrics(at)["Headcount"] == "250"


class TestBadInputKeepsTheLastValidFigures:
    @pytest.mark.parametrize(
        ("path", "value", "label", "allowed"),
        [
            ("service.shrinkage", 100, "Shrinkage (%)", "0 to 80"),
            ("service.service_level_target", 120, "Service-level target (%)", "to 99.9"),
            ("demand.calls_per_month", -5, "Calls per month", "1 to 100,000,000"),
            ("demand.aht_seconds", 0, "Average handle time (s)", "10 to 7,200"),
        ],
    )
    def test_out_of_range_input_names_the_field_and_its_range(
        self, baseline: AppTest, path: str, value: float, label: str, allowed: str
    ) -> None:
        at = set_input(start(), path, value)
        assert_no_exception(at)
        matching = [e for e in errors(at) if label in e]
        assert len(matching) == 1, errors(at)
        assert "is not allowed" in matching[0]
        assert allowed in matching[0]
        assert any("last valid inputs" in w for w in warnings(at))
        assert metrics(at) == metrics(baseline)
        # The bad value stays in its box; every other input stays as it was.
        changed = {k: v for k, v in inputs(at).items() if inputs(baseline)[k] != v}
        assert changed == {f"in.{path}": value}

    def test_contract_hours_above_full_time_hours_explain_the_rule(self, baseline: AppTest) -> None:
        at = set_input(start(), "workforce.average_contract_hours_per_week", 40)
        assert_no_exception(at)
        assert len(errors(at)) == 1
        message = errors(at)[0].lower()
        assert "contract" in message
        assert "full" in message
        assert metrics(at) == metrics(baseline)

    def test_figures_stay_at_the_last_valid_inputs_not_at_the_scenario(self) -> None:
        at = set_input(start(), "demand.calls_per_month", 400_000)
        last_valid = metrics(at)
        set_input(at, "service.shrinkage", 100)
        assert errors(at)
        assert metrics(at) == last_valid

    def test_every_bad_input_is_reported_at_once(self) -> None:
        at = set_input(start(), "service.shrinkage", 100)
        set_input(at, "demand.calls_per_month", -5)
        assert_no_exception(at)
        assert len(errors(at)) == 2

    def test_correcting_a_bad_input_clears_its_message(self) -> None:
        at = set_input(start(), "service.shrinkage", 100)
        set_input(at, "service.shrinkage", 30)
        assert not errors(at)
        assert not warnings(at)
        assert amount(metrics(at)["FTE"]) < amount(BASELINE_OVERVIEW["FTE"])

    def test_bad_input_on_the_staffing_page_keeps_the_page_working(self) -> None:
        at = start("staffing")
        set_input(at, "service.shrinkage", 100)
        assert_no_exception(at)
        assert any("Shrinkage (%)" in e for e in errors(at))
        assert metrics(at)["Headcount"] == "250"

    def test_the_shown_upper_bound_of_a_percentage_is_accepted(self) -> None:
        at = set_input(start(), "service.service_level_target", 99.9)
        assert not errors(at)

    def test_a_zero_service_level_target_is_told_the_range_starts_above_zero(self) -> None:
        at = set_input(start(), "service.service_level_target", 0)
        assert any("above 0" in e for e in errors(at)), errors(at)

    def test_the_contract_hours_rule_names_the_fields_as_the_form_labels_them(self) -> None:
        at = set_input(start(), "workforce.average_contract_hours_per_week", 40)
        message = errors(at)[0]
        assert "Average contract hours per week" in message
        assert "Full-time hours per week" in message


class TestLanguage:
    def test_dutch_shows_dutch_labels_and_dutch_number_format(self) -> None:
        at = start(lang="nl")
        shown = metrics(at)
        # Too long for a tile in Dutch: the tile rounds, its help gives the exact amount.
        assert shown["Jaarkosten"] == "€ 10,2 mln"
        annual = next(m for m in at.metric if m.label == "Jaarkosten")
        assert "€ 10.231.274" in annual.help
        assert shown["Kosten per contact"] == "€ 2,58"
        assert shown["Aantal medewerkers"] == "250"
        assert shown["Fte"] == "207,9"
        assert "Annual cost" not in shown
        assert at.title[0].value == "Het centrum vandaag: wat het kost"

    def test_dutch_attrition_page_shows_the_saving_in_dutch_format(self) -> None:
        at = start("attrition", "nl")
        assert metrics(at)["Besparing per jaar"] == "€ 98.550"

    def test_dutch_error_names_the_field_and_range_in_dutch(self) -> None:
        at = set_input(start(lang="nl"), "service.shrinkage", 100)
        assert_no_exception(at)
        matching = [e for e in errors(at) if "Shrinkage (%)" in e]
        assert len(matching) == 1, errors(at)
        assert "is niet toegestaan" in matching[0]
        assert "0 tot en met 80" in matching[0]
        assert any("laatste geldige invoer" in w for w in warnings(at))

    def test_switching_language_keeps_the_inputs_and_the_figures(self) -> None:
        at = set_input(start(), "demand.calls_per_month", 400_000)
        headcount = metrics(at)["Headcount"]
        at.radio(key="lang").set_value("nl").run()
        assert_no_exception(at)
        assert metrics(at)["Aantal medewerkers"] == headcount
        assert at.number_input(key="in.demand.calls_per_month").value == 400_000

    def test_switching_language_keeps_the_scenario_and_names_it_in_the_new_language(
        self,
    ) -> None:
        # The pickers show a bundled scenario by its name in the reader's language.
        at = start()
        at.selectbox(key="scenario_file").set_value("profit_centre.yaml").run()
        at.switch_page("ccx_app/pages/business_case.py").run()
        at.selectbox(key="bc_baseline").set_value("baseline.yaml").run()
        at.radio(key="lang").set_value("nl").run()
        assert_no_exception(at)
        assert not errors(at), errors(at)
        picker = at.selectbox(key="scenario_file")
        assert picker.value == "profit_centre.yaml"
        assert "Volledig profitcenter" in picker.options
        assert at.selectbox(key="bc_baseline").value == "baseline.yaml"
        assert "Uitgangssituatie" in at.selectbox(key="bc_baseline").options
        at.radio(key="lang").set_value("en").run()
        assert not errors(at), errors(at)
        assert at.selectbox(key="scenario_file").value == "profit_centre.yaml"
        assert at.selectbox(key="bc_baseline").value == "baseline.yaml"

    def test_switching_back_to_english_restores_english_labels(self) -> None:
        at = start(lang="nl")
        at.radio(key="lang").set_value("en").run()
        assert metrics(at)["Annual cost"] == BASELINE_OVERVIEW["Annual cost"]

    def test_dutch_interval_picker_has_no_english_words(self) -> None:
        at = start("staffing", "nl")
        options = at.selectbox(key="curve_interval").options
        assert not any(option.endswith(" calls") for option in options), options[0]

    def test_dutch_contract_hours_rule_message_is_dutch(self) -> None:
        at = set_input(start(lang="nl"), "workforce.average_contract_hours_per_week", 40)
        assert errors(at)
        assert not any("must not exceed" in e for e in errors(at)), errors(at)


class TestResetAndScenarioFiles:
    def test_reset_restores_the_scenario_values_after_changes(self, baseline: AppTest) -> None:
        at = set_input(start(), "demand.calls_per_month", 400_000)
        set_input(at, "service.shrinkage", 100)
        at.checkbox(key="in.service.max_occupancy.on").uncheck().run()
        at.button(key="reset").click().run()
        assert_no_exception(at)
        assert inputs(at) == inputs(baseline)
        assert metrics(at) == metrics(baseline)
        assert not errors(at)

    def test_scenario_picker_lists_the_bundled_baseline_and_opens_it(self) -> None:
        at = start()
        picker = at.selectbox(key="scenario_file")
        # Listed by the scenarios' names, chosen by their files.
        assert "Baseline" in picker.options
        assert picker.value == "baseline.yaml"
        assert picker.options[picker.index] == "Baseline"

    @pytest.fixture
    def library(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
        """A scenario library of three files: the baseline, a bigger centre, a typo."""
        shutil.copy(ROOT / "scenarios" / "baseline.yaml", tmp_path / "baseline.yaml")
        (tmp_path / "big.yaml").write_text(
            "name: Big\ndemand:\n  calls_per_month: 660000\n", encoding="utf-8"
        )
        (tmp_path / "broken.yaml").write_text(
            "demand:\n  calls_per_mnth: 660000\n", encoding="utf-8"
        )
        monkeypatch.setattr(state, "SCENARIO_DIR", tmp_path)
        return tmp_path

    def test_picking_another_scenario_opens_its_values_and_reset_returns_to_them(
        self, library: Path
    ) -> None:
        at = start()
        # By name; a file that does not open keeps its file name.
        assert at.selectbox(key="scenario_file").options == ["Baseline", "Big", "broken.yaml"]
        at.selectbox(key="scenario_file").set_value("big.yaml").run()
        assert_no_exception(at)
        assert at.number_input(key="in.demand.calls_per_month").value == 660_000
        assert int(metrics(at)["Headcount"]) > 250
        assert "Big" in at.caption[0].value
        set_input(at, "demand.calls_per_month", 100_000)
        at.button(key="reset").click().run()
        assert at.number_input(key="in.demand.calls_per_month").value == 660_000

    def test_picking_a_broken_scenario_shows_its_problem_and_keeps_the_open_one(
        self, library: Path, baseline: AppTest
    ) -> None:
        at = start()
        at.selectbox(key="scenario_file").set_value("broken.yaml").run()
        assert_no_exception(at)
        assert any("demand.calls_per_mnth" in e and "unknown field" in e for e in errors(at))
        assert metrics(at) == metrics(baseline)
        assert inputs(at) == inputs(baseline)

    def test_a_broken_scenario_message_names_the_file(self, library: Path) -> None:
        at = start()
        at.selectbox(key="scenario_file").set_value("broken.yaml").run()
        assert any("broken.yaml" in e for e in errors(at)), errors(at)


class TestForecastImport:
    def test_importing_a_weekly_forecast_sets_the_volume_and_the_staffing(self) -> None:
        at = start("staffing")
        at.file_uploader[0].set_value(("week.csv", weekly_forecast_csv(10), "text/csv")).run()
        assert_no_exception(at)
        assert not errors(at)
        # 5 days x 48 open quarters x 10 calls = 2,400 calls a week.
        assert any("672 intervals" in i.value and "2,400 calls" in i.value for i in at.info)
        assert at.number_input(key="in.demand.calls_per_month").value == pytest.approx(
            2_400 * WEEKS_PER_MONTH, abs=1e-3
        )
        assert int(metrics(at)["Headcount"]) < 250

    def test_a_forecast_with_the_wrong_number_of_rows_names_the_accepted_counts(self) -> None:
        at = start("staffing")
        at.file_uploader[0].set_value(("short.csv", b"calls\n1\n2\n", "text/csv")).run()
        assert_no_exception(at)
        assert any("2 rows" in e and "672" in e for e in errors(at)), errors(at)
        assert metrics(at)["Headcount"] == "250"

    def test_a_forecast_without_a_calls_column_names_the_columns_found(self) -> None:
        at = start("staffing")
        at.file_uploader[0].set_value(("x.csv", b"time,volume\n08:00,5\n", "text/csv")).run()
        assert_no_exception(at)
        assert any("'calls' column" in e and "time, volume" in e for e in errors(at))

    def test_reset_drops_an_imported_forecast(self, baseline: AppTest) -> None:
        at = start("staffing")
        at.file_uploader[0].set_value(("week.csv", weekly_forecast_csv(10), "text/csv")).run()
        at.button(key="reset").click().run()
        assert_no_exception(at)
        assert not at.info
        assert inputs(at) == inputs(baseline)
        assert metrics(at)["Headcount"] == "250"

    def test_a_forecast_saved_by_excel_with_a_byte_order_mark_is_imported(self) -> None:
        at = start("staffing")
        csv = b"\xef\xbb\xbf" + weekly_forecast_csv(10)
        at.file_uploader[0].set_value(("excel.csv", csv, "text/csv")).run()
        assert not errors(at), errors(at)


class TestStaffingPanelFollowsThePlan:
    def test_the_examined_interval_stays_the_busiest_when_the_interval_length_changes(
        self,
    ) -> None:
        at = start("staffing")
        picker = at.selectbox(key="curve_interval")
        assert picker.options[picker.index].startswith("Monday 10:00")
        at.selectbox(key="in.service.interval_minutes").set_value(60).run()
        picker = at.selectbox(key="curve_interval")
        assert picker.options[picker.index].startswith("Monday 10:00")

    def test_the_what_n_agents_panel_follows_a_volume_change(self) -> None:
        at = start("staffing")
        set_input(at, "demand.calls_per_month", 660_000)
        assert not any("unstable" in w for w in warnings(at)), warnings(at)

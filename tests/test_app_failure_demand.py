"""The failure-demand page, driven headless with ``AppTest``.

Every figure a tile shows is compared with what ``ccx_model`` computes for the same
scenario, formatted with ``ccx_model.i18n`` for the language, so no number is typed
in by hand. AppTest cannot type into a data editor; the reason table is changed
through session state, the way the editor's callback changes it.
"""

from __future__ import annotations

import pytest
from app_session import open_page
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.element_tree import Metric

from ccx_app import state
from ccx_model.case import build_case
from ccx_model.evaluate import evaluate
from ccx_model.failure_demand import ContactReason, channel_share_totals, normalised
from ccx_model.i18n import format_eur, format_number, format_percent, t
from ccx_model.levers import CUT_PREFIX
from ccx_model.reasons_csv import reasons_to_csv
from ccx_model.scenario import Scenario
from ccx_model.scenario_io import load_scenario

PAGE = "ccx_app/pages/failure_demand.py"
SCENARIOS = ("baseline.yaml", "failure_demand_halved.yaml")
LANGS = ("en", "nl")


# ---------------------------------------------------------------- helpers


def start(scenario: str = "baseline.yaml", lang: str = "en") -> AppTest:
    """A fresh session of the app with ``scenario`` open, on the failure-demand page."""
    return open_page(PAGE, scenario, lang)


def assert_no_exception(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]


def tiles(at: AppTest) -> dict[str, Metric]:
    shown: dict[str, Metric] = {}
    for metric in at.metric:
        shown.setdefault(metric.label, metric)
    return shown


def metrics(at: AppTest) -> dict[str, str]:
    return {label: metric.value for label, metric in tiles(at).items()}


def warnings(at: AppTest) -> list[str]:
    return [w.value for w in at.warning]


def errors(at: AppTest) -> list[str]:
    return [e.value for e in at.error]


def bundled(name: str) -> Scenario:
    return load_scenario(state.SCENARIO_DIR / name)


def with_reasons(scenario: Scenario, reasons: tuple[ContactReason, ...]) -> Scenario:
    demand = scenario.failure_demand.model_copy(update={"reasons": reasons})
    return scenario.model_copy(update={"failure_demand": demand})


def model_figures(scenario: Scenario) -> dict[str, float]:
    """The page's four figures, straight from ``ccx_model``."""
    costs = evaluate(scenario).failure_demand_costs()
    case = build_case(scenario)
    cuts = [e for e in case.effects if e.name.startswith(CUT_PREFIX)]
    contacts = sum(r.contacts_per_year for r in costs.reasons)
    avoidable = sum(r.contacts_per_year for r in costs.reasons if r.avoidable)
    return {
        "avoidable_contacts": avoidable / contacts,
        "avoidable_contacts_per_year": avoidable,
        "contacts_per_year": contacts,
        "avoidable_cost": costs.avoidable_cost_eur_per_year,
        "service_cost": costs.total_cost_eur_per_year,
        "avoidable_cost_share": costs.avoidable_share,
        "cut_saving": -sum(e.cost_eur_per_year for e in cuts),
        "retained": sum(e.retained_margin_eur_per_year for e in cuts),
    }


def expected_tiles(scenario: Scenario, lang: str) -> dict[str, str]:
    """KPI label -> value as the page should show it in ``lang``."""
    figures = model_figures(scenario)
    return {
        t("kpi.avoidable_contacts", lang): format_percent(figures["avoidable_contacts"], lang, 0),
        t("kpi.avoidable_cost", lang): format_eur(figures["avoidable_cost"], lang),
        t("kpi.avoidable_cost_share", lang): format_percent(
            figures["avoidable_cost_share"], lang, 0
        ),
        t("kpi.cut_saving", lang): format_eur(figures["cut_saving"], lang),
    }


def expected_help_parts(scenario: Scenario, lang: str) -> dict[str, tuple[str, ...]]:
    """KPI label -> the figures its explanation must quote."""
    figures = model_figures(scenario)
    return {
        t("kpi.avoidable_contacts", lang): (
            format_number(figures["avoidable_contacts_per_year"], lang),
            format_number(figures["contacts_per_year"], lang),
        ),
        t("kpi.avoidable_cost", lang): (format_eur(figures["service_cost"], lang),),
        t("kpi.avoidable_cost_share", lang): (
            format_eur(figures["avoidable_cost"], lang),
            format_eur(figures["service_cost"], lang),
        ),
        t("kpi.cut_saving", lang): (format_eur(figures["retained"], lang), "Erlang C"),
    }


def reason_uploader_key(at: AppTest) -> str:
    (key,) = [u.key for u in at.get("file_uploader") if str(u.key).startswith("reasons_upload_")]
    return str(key)


# ---------------------------------------------------------------- tests


class TestPageRenders:
    @pytest.mark.parametrize("lang", LANGS)
    @pytest.mark.parametrize("scenario", SCENARIOS)
    def test_the_tiles_show_the_models_figures(self, scenario: str, lang: str) -> None:
        at = start(scenario, lang)
        assert at.title[0].value == t("fd.title", lang)
        assert metrics(at) == expected_tiles(bundled(scenario), lang)
        assert not errors(at)
        assert not warnings(at)

    @pytest.mark.parametrize("lang", LANGS)
    @pytest.mark.parametrize("scenario", SCENARIOS)
    def test_every_tile_explains_how_it_is_computed(self, scenario: str, lang: str) -> None:
        at = start(scenario, lang)
        shown = tiles(at)
        assert len(shown) == 4
        for label, parts in expected_help_parts(bundled(scenario), lang).items():
            explanation = str(shown[label].proto.help)
            assert explanation.strip(), label
            for part in parts:
                assert part in explanation, (label, part, explanation)

    def test_the_halved_scenario_shows_a_positive_saving(self) -> None:
        at = start("failure_demand_halved.yaml")
        shown = metrics(at)[t("kpi.cut_saving", "en")]
        saving = float(shown.removeprefix("€").replace(",", ""))
        assert saving > 0
        assert shown == format_eur(
            model_figures(bundled("failure_demand_halved.yaml"))["cut_saving"]
        )

    def test_the_baseline_cuts_nothing_so_saves_nothing(self) -> None:
        at = start()
        assert metrics(at)[t("kpi.cut_saving", "en")] == format_eur(0.0)

    def test_the_reason_and_cut_tables_and_the_csv_controls_are_drawn(self) -> None:
        at = start("failure_demand_halved.yaml")
        headings = [h.value for h in at.subheader]
        assert t("fd.reasons", "en") in headings
        assert t("fd.cuts", "en") in headings
        assert len(at.dataframe) == 2  # the reason table and the cut table
        assert reason_uploader_key(at)
        assert [b.proto.id for b in at.get("download_button")]


class TestSharesOffAndNormalise:
    def _shares_off(self, lang: str = "en") -> tuple[AppTest, tuple[ContactReason, ...]]:
        """The baseline page after the first reason's share was raised by 10 points."""
        at = start(lang=lang)
        reasons = at.session_state[state.REASONS]
        first = reasons[0]
        edited = (first.model_copy(update={"share": first.share + 0.10}), *reasons[1:])
        at.session_state[state.REASONS] = edited
        at.run()
        assert_no_exception(at)
        return at, edited

    @pytest.mark.parametrize("lang", LANGS)
    def test_shares_off_show_a_warning_naming_the_channel_and_total(self, lang: str) -> None:
        at, edited = self._shares_off(lang)
        total = channel_share_totals(edited)["phone"]
        expected = t("fd.shares_off", lang, channel="phone", total=f"{total * 100:.1f}")
        assert expected in warnings(at)
        assert at.button(key="normalise_reasons").label == t("fd.normalise", lang)

    def test_the_figures_stay_at_the_last_valid_table_while_shares_are_off(self) -> None:
        at, _ = self._shares_off()
        assert metrics(at) == expected_tiles(bundled("baseline.yaml"), "en")

    def test_normalising_clears_the_warning_and_the_figures_follow(self) -> None:
        at, edited = self._shares_off()
        at.button(key="normalise_reasons").click().run()
        assert_no_exception(at)
        assert not warnings(at)
        assert not errors(at)
        assert not [b for b in at.button if b.key == "normalise_reasons"]
        fixed = normalised(edited)
        assert at.session_state[state.REASONS] == fixed
        expected = expected_tiles(with_reasons(bundled("baseline.yaml"), fixed), "en")
        assert metrics(at) == expected
        assert metrics(at) != expected_tiles(bundled("baseline.yaml"), "en")


class TestCsvImport:
    def test_a_valid_csv_replaces_the_table_and_the_figures_follow(self) -> None:
        at = start()
        baseline = bundled("baseline.yaml")
        # Nothing avoidable any more: the avoidable cost drops to zero.
        imported = tuple(
            r.model_copy(update={"avoidable": False, "department": ""})
            for r in baseline.failure_demand.reasons
        )
        upload = reasons_to_csv(imported).encode("utf-8-sig")  # Excel's BOM included
        at.file_uploader(key=reason_uploader_key(at)).set_value(
            ("reasons.csv", upload, "text/csv")
        ).run()
        assert_no_exception(at)
        assert not errors(at)
        assert at.session_state[state.REASONS] == imported
        assert metrics(at) == expected_tiles(with_reasons(baseline, imported), "en")
        assert metrics(at)[t("kpi.avoidable_cost", "en")] == format_eur(0.0)

    @pytest.mark.parametrize(
        ("lang", "expected"),
        [
            ("en", "row 3, column share: 'half' is not allowed"),
            ("nl", "rij 3, kolom share: 'half' is niet toegestaan"),
        ],
    )
    def test_a_bad_csv_is_refused_naming_row_and_column(self, lang: str, expected: str) -> None:
        at = start(lang=lang)
        before = at.session_state[state.REASONS]
        upload = b"reason,share\nA,0.5\nB,half\n"
        at.file_uploader(key=reason_uploader_key(at)).set_value(
            ("bad.csv", upload, "text/csv")
        ).run()
        assert_no_exception(at)
        assert any(expected in message for message in errors(at)), errors(at)
        assert at.session_state[state.REASONS] == before
        assert metrics(at) == expected_tiles(bundled("baseline.yaml"), lang)

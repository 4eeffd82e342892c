"""The Pilot and Targeting pages in a session: the design drives the plan's tiles, the
criteria are numbers, weekly results decide, and the scale-up opens in one click
(undo returns to the pilot). Uploading a customer file is a browser test
(``tests/browser/test_targeting_browser.py``): AppTest cannot upload."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_session import open_page
from app_tiles import page_tiles
from streamlit.testing.v1 import AppTest

from ccx_app import state
from ccx_model.i18n import format_short, t
from ccx_model.report import Report
from ccx_model.scenario_io import load_scenario

ROOT = Path(__file__).resolve().parent.parent
PILOT_PAGE = "ccx_app/pages/pilot.py"
TARGETING_PAGE = "ccx_app/pages/targeting.py"


def start(page: str, scenario: str = "pilot.yaml", lang: str = "en") -> AppTest:
    return open_page(page, scenario, lang)


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def active(at: AppTest) -> object:
    return at.session_state[state.ACTIVE]


def widget_key(at: AppTest, name: str) -> str:
    version = at.session_state[state.PATTERN_VERSION]
    return f"pilot_in.{version}.{name}"


class TestPilotPage:
    def test_the_bundled_pilots_plan_as_the_report_has_it(self) -> None:
        at = start(PILOT_PAGE)
        report = Report(load_scenario(ROOT / "scenarios" / "pilot.yaml"))
        expected = page_tiles(report, "pilot", "en")
        assert (
            {k: metrics(at)[k] for k in expected}
            == expected
            == {
                "Offers per group": "1,322",
                "Weeks to decide": "3 weeks",
            }
        )
        text = " ".join(m.value for m in at.markdown)
        assert "Pilot group: 8% of the calls, for 26 weeks" in text
        assert any("No results entered yet" in i.value for i in at.info)

    def test_a_shorter_pilot_warns_that_it_cannot_detect_its_target(self) -> None:
        at = start(PILOT_PAGE, lang="nl")
        # 7% against 6% needs far more offers than 4 weeks of the team's 487 a week.
        at.number_input(key=widget_key(at, "target_conversion")).set_value(7.0).run()
        at.number_input(key=widget_key(at, "duration_weeks")).set_value(4).run()
        assert not at.exception
        pilot = active(at).pilot  # type: ignore[attr-defined]
        assert pilot.target_conversion == 0.07 and pilot.duration_weeks == 4
        warning = " ".join(w.value for w in at.warning)
        assert "maar duurt 4 weken" in warning and "kan ze hooguit" in warning

    @pytest.mark.parametrize("typed", [6.0, 5.0])
    def test_a_target_not_above_the_baseline_is_refused_naming_both(self, typed: float) -> None:
        at = start(PILOT_PAGE)
        at.number_input(key=widget_key(at, "target_conversion")).set_value(typed).run()
        expected = t(
            "rule.pilot_target_not_above_baseline", "en", target=format_short(typed), baseline="6"
        )
        assert any(expected in e.value for e in at.error), [e.value for e in at.error]
        assert active(at).pilot.target_conversion == 0.08  # type: ignore[attr-defined]

    def test_a_decimal_comma_read_as_ten_times_is_caught(self) -> None:
        # "6,5" typed in a browser field that knows only the point arrives as 65.
        at = start(PILOT_PAGE, lang="nl")
        at.number_input(key=widget_key(at, "baseline_conversion")).set_value(65.0).run()
        assert any("65%" in e.value and "8%" in e.value for e in at.error), at.error
        assert active(at).pilot.baseline_conversion == 0.06  # type: ignore[attr-defined]

    def test_a_criterion_switched_off_is_no_longer_judged(self) -> None:
        at = start(PILOT_PAGE)
        at.checkbox(key=widget_key(at, "max_nps_drop_points.on")).uncheck().run()
        chosen = active(at).pilot.criteria.chosen()  # type: ignore[attr-defined]
        assert "max_nps_drop_points" not in chosen and chosen["min_conversion"] == 0.06

    def test_the_form_shows_the_pilot_again_after_another_page(self) -> None:
        at = start(PILOT_PAGE)
        at.number_input(key=widget_key(at, "duration_weeks")).set_value(20).run()
        at.switch_page("ccx_app/pages/profit.py").run()
        at.switch_page(PILOT_PAGE).run()
        assert at.number_input(key=widget_key(at, "duration_weeks")).value == 20
        assert at.number_input(key=widget_key(at, "group_share")).value == 8.0
        at.number_input(key=widget_key(at, "power")).set_value(90.0).run()
        pilot = active(at).pilot  # type: ignore[attr-defined]
        assert (pilot.duration_weeks, pilot.group_share, pilot.power) == (20, 0.08, 0.9)

    def test_a_baseline_becomes_a_pilot_and_back(self) -> None:
        at = start(PILOT_PAGE, scenario="baseline.yaml")
        at.button(key="pilot_make").click().run()
        assert active(at).pilot is not None  # type: ignore[attr-defined]
        assert metrics(at)["Weeks to decide"] == "never"  # cross-sell is off
        at.button(key="pilot_remove").click().run()
        assert active(at).pilot is None  # type: ignore[attr-defined]


class TestTargetingPage:
    def test_without_a_file_or_targeting_it_says_what_it_does(self) -> None:
        at = start(TARGETING_PAGE, scenario="profit_centre.yaml", lang="nl")
        assert any("Nog geen klantenbestand" in i.value for i in at.info)
        assert not at.metric

    def test_a_targeted_scenario_shows_its_segments_effect_and_can_stop(self) -> None:
        from ccx_model.i18n import format_percent
        from ccx_model.kpis import format_kpi
        from ccx_model.targeted import cross_sell_inputs
        from ccx_model.targeting import SegmentFigures, Targeting

        at = start(TARGETING_PAGE, scenario="profit_centre.yaml")
        segment = SegmentFigures(segment="champions", customers=200, share=0.2, consent_share=0.5)
        targeting = Targeting(segments=(segment,), customers_scored=1_000, entered_lift=1.5)
        at.session_state[state.TARGETING] = targeting
        at.run()
        scenario = active(at)
        assert scenario.targeting == targeting  # type: ignore[attr-defined]
        report = Report(scenario)  # type: ignore[arg-type]
        assert metrics(at)["Customers targeted"] == "10.0%"  # 20% × 50% consent
        assert metrics(at)["Expected conversion"] == format_kpi(
            report.kpi("targeted_conversion"), "en"
        )
        effect = " ".join(m.value for m in at.markdown)
        eligible = cross_sell_inputs(scenario).eligible_share  # type: ignore[arg-type]
        assert format_percent(eligible, "en", 2) in effect
        assert format_kpi(report.kpi("npv"), "en") in effect
        at.button(key="targeting_stop").click().run()
        assert active(at).targeting is None  # type: ignore[attr-defined]


def test_the_results_table_gives_back_the_weeks_it_shows() -> None:
    # The table's frame, read back row by row as the page reads an edit, is the same
    # results: FCR shown in percent with the language's decimal mark, an unmeasured FCR
    # or NPS an empty cell.
    from ccx_app.pilot_design import actuals_frame, week_data
    from ccx_app.table_editor import validated_rows
    from ccx_model.pilot_actuals import PilotActuals, WeekActuals

    week = WeekActuals(week=1, offers=490, sales=37, aht_seconds=208.4, fcr=0.728, nps=31.5)
    bare = WeekActuals(week=1, offers=0, sales=0)
    actuals = PilotActuals(pilot=(week,), control=(bare,))
    frame = actuals_frame(actuals, "nl")
    assert frame["fcr"].tolist() == ["72,8", ""] and frame["nps"].tolist() == ["31,5", ""]
    weeks, problems = validated_rows(frame, WeekActuals, week_data)
    assert problems == []
    assert weeks[0].fcr == pytest.approx(0.728) and weeks[0].nps == 31.5
    assert weeks[1] == bare

"""The pilot as a scenario section: its plan from the model's volume, its decision from
stored weekly actuals, the scale-up scenario built from what it measured, and the
board pack's pilot and targeting slides."""

from __future__ import annotations

import math
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation

from ccx_export.deck import build_deck
from ccx_model.evaluate import evaluate
from ccx_model.kpis import format_kpi
from ccx_model.pilot import Pilot, sample_size
from ccx_model.pilot_actuals import PilotActuals, WeekActuals
from ccx_model.pilot_evaluation import evaluate_pilot
from ccx_model.problems import InputError
from ccx_model.report import Report
from ccx_model.scale_up import scale_up_scenario
from ccx_model.scenario import Scenario
from ccx_model.scenario_io import dump_scenario, load_scenario, load_scenario_text
from ccx_model.targeted import cross_sell_inputs
from ccx_model.targeting import SegmentFigures, Targeting, segment_name

SCENARIOS = Path(__file__).resolve().parent.parent / "scenarios"
CALLS_PER_YEAR = 330_000 * 12


def bundled(name: str) -> Scenario:
    return load_scenario(SCENARIOS / f"{name}.yaml")


def weeks(offers: int, sales: int, aht: float, count: int = 12, **more: Any) -> tuple:
    return tuple(
        WeekActuals(
            week=w,
            offers=offers,
            sales=sales,
            cancellations=more.get("cancellations", 0),
            aht_seconds=aht + (w % 3),  # weeks differ a little, as they do
            nps=more.get("nps"),
        )
        for w in range(1, count + 1)
    )


# Twelve weeks of the bundled pilot: 490 offers and 37 sales a week (7.55%), 3 of
# them cancelled; the pilot team's calls take 3.4 s longer than the other teams'.
ACTUALS = PilotActuals(
    pilot=weeks(490, 37, 208.4, cancellations=3, nps=31.0),
    control=weeks(0, 0, 205.0, nps=32.0),
)
# The same with 4 cancellations a week: 48 of 444 sales (10.8%), too close to 12% to say.
UNDECIDED = PilotActuals(
    pilot=weeks(490, 37, 208.4, cancellations=4, nps=31.0),
    control=weeks(0, 0, 205.0, nps=32.0),
)


# Two chosen segments: one with its consent measured, one with its lift measured.
TARGETING = Targeting(
    segments=(
        SegmentFigures(segment="champions", customers=2_000, share=0.2, consent_share=0.8),
        SegmentFigures(
            segment="cant_lose",
            customers=1_000,
            share=0.1,
            lift=1.4,
            lift_ci_low=1.1,
            lift_ci_high=1.7,
        ),
    ),
    customers_scored=10_000,
    entered_lift=1.5,
)


def with_actuals(scenario: Scenario, actuals: PilotActuals = ACTUALS) -> Scenario:
    assert scenario.pilot is not None
    pilot = scenario.pilot.model_copy(update={"actuals": actuals})
    return scenario.model_copy(update={"pilot": pilot})


class TestThePlan:
    def test_the_pilot_groups_offers_come_from_the_model(self) -> None:
        report = Report(bundled("pilot")).pilot
        assert report is not None
        offers = CALLS_PER_YEAR * 0.016 * 0.4 / 52  # calls × eligible × offer rate
        assert report.offers_per_week == pytest.approx(offers)
        # The control is the other 92% of the calls: 11.5 times the pilot group.
        size = sample_size(0.06, 0.08, 0.8, 0.05, ratio=0.92 / 0.08)
        assert report.per_group == size.per_group
        assert report.weeks_needed == max(
            math.ceil(size.per_group / offers), math.ceil(size.control / (offers * 11.5))
        )
        assert not report.plan.cannot_detect

    def test_the_kpis_of_a_pilot_and_of_a_centre_that_is_none(self) -> None:
        report = Report(bundled("pilot"))
        assert format_kpi(report.kpi("pilot_weeks_needed"), "en") == "3 weeks"
        assert format_kpi(report.kpi("pilot_weeks_needed"), "nl") == "3 weken"
        baseline = Report(bundled("baseline"))
        for key in ("pilot_per_group", "pilot_weeks_needed", "targeted_share"):
            assert baseline.kpi(key).value is None
            assert format_kpi(baseline.kpi(key), "nl") == "n.v.t."

    def test_a_pilot_with_cross_sell_off_never_decides(self) -> None:
        scenario = bundled("pilot")
        off = scenario.model_copy(
            update={"cross_sell": scenario.cross_sell.model_copy(update={"enabled": False})}
        )
        kpi = Report(off).kpi("pilot_weeks_needed")
        assert kpi.value is None and kpi.note == "note.pilot_no_offers"

    def test_a_pilot_longer_than_its_case_is_refused_naming_both(self) -> None:
        text = dump_scenario(bundled("pilot")).replace("duration_weeks: 26", "duration_weeks: 27")
        with pytest.raises(InputError) as caught:
            load_scenario_text(text)
        assert "27 weeks" in caught.value.messages("en")[0]
        assert "business_case.horizon_months" in caught.value.messages("en")[0]
        assert "27 weken" in caught.value.messages("nl")[0]


class TestTheDecision:
    def test_stored_actuals_open_again_and_decide(self) -> None:
        scenario = with_actuals(bundled("pilot"))
        assert load_scenario_text(dump_scenario(scenario)) == scenario
        result = Report(scenario).pilot.result  # type: ignore[union-attr]
        assert result is not None
        direct = evaluate_pilot(scenario.pilot, ACTUALS)  # type: ignore[arg-type]
        assert result == direct
        statuses = {c.criterion: c.status for c in result.criteria}
        # 7.55% with 5,880 offers: the interval lies above 6% → met; handle time +3.4 s
        # paired by week, far under 15 s → met; NPS 1 point lower, under 5 → met;
        # cancellations 36 of 444 = 8.1%, its whole interval under 12% → met.
        assert statuses == dict.fromkeys(
            (
                "min_conversion",
                "max_aht_increase_seconds",
                "max_nps_drop_points",
                "max_cancellation_rate",
            ),
            "met",
        )
        assert result.decision == "scale"
        later = Report(with_actuals(scenario, UNDECIDED)).pilot.result  # type: ignore[union-attr]
        assert later is not None and later.decision == "extend"
        assert [c.status for c in later.criteria][-1] == "undecided"

    def test_the_scale_up_reproduces_what_the_pilot_measured(self) -> None:
        pilot = with_actuals(bundled("pilot"))
        result = Report(pilot).pilot.result  # type: ignore[union-attr]
        up = scale_up_scenario(pilot, result)
        assert up.pilot is None and up.business_case.horizon_months == 60
        assert up.cross_sell.eligible_share == pytest.approx(0.016 / 0.08)
        assert up.cross_sell.conversion_rate == pytest.approx(37 / 490)
        assert up.cross_sell.cancellation_rate == pytest.approx(3 / 37)
        assert "decision: scale up" in up.description
        # +3.4 s per pilot-group call ÷ 0.08 offers per call (20% eligible × 40% offered)
        assert up.cross_sell.offer_handle_seconds == pytest.approx(
            result.aht_increase_seconds.estimate / 0.08  # type: ignore[union-attr]
        )
        sold = evaluate(up).revenue.by_name()["cross_sell"].volumes_per_year
        assert sold["sales"] / sold["offers"] == pytest.approx(37 / 490)
        assert sold["offers"] == pytest.approx(CALLS_PER_YEAR * 0.2 * 0.4)
        ranges = {r.path: r for r in up.ranges}
        conversion = result.conversion
        assert conversion is not None
        assert ranges["cross_sell.conversion_rate"].low == pytest.approx(conversion.low)
        assert ranges["cross_sell.conversion_rate"].high == pytest.approx(conversion.high)
        assert "cross_sell.cancellation_rate" in ranges
        assert up.name == "Scale-up: Pilot: cross-sell in one team"
        assert load_scenario_text(dump_scenario(up)) == up
        # Made in Dutch, it is written in Dutch: the bundled pilot by its Dutch name.
        dutch = scale_up_scenario(pilot, result, lang="nl")
        assert "Pilot: cross-sell in één team" in dutch.name
        assert "Pilot: cross-sell in one team" not in dutch.name + dutch.description

    def test_with_targeting_the_model_computes_the_measured_conversion_again(self) -> None:
        segment = SegmentFigures(segment="champions", customers=100, share=0.5, lift=1.6)
        pilot = with_actuals(bundled("pilot")).model_copy(
            update={"targeting": Targeting(segments=(segment,), customers_scored=200)}
        )
        result = Report(pilot).pilot.result  # type: ignore[union-attr]
        up = scale_up_scenario(pilot, result)
        assert up.cross_sell.conversion_rate == pytest.approx(37 / 490 / 1.6)
        assert cross_sell_inputs(up).conversion_rate == pytest.approx(37 / 490)

    def test_only_a_pilot_with_offers_scales_up(self) -> None:
        result = Report(with_actuals(bundled("pilot"))).pilot.result  # type: ignore[union-attr]
        with pytest.raises(InputError) as caught:
            scale_up_scenario(bundled("baseline"), result)  # type: ignore[arg-type]
        assert "only a pilot can be scaled up" in caught.value.messages("en")[0]
        nothing = PilotActuals(pilot=weeks(0, 0, 205.0))
        empty = evaluate_pilot(Pilot(criteria={"min_conversion": 0.05}), nothing)
        with pytest.raises(InputError, match="no offers"):
            scale_up_scenario(bundled("pilot"), empty)


def deck_slides(scenario: Scenario, lang: str) -> list[tuple[str, str]]:
    deck = Presentation(BytesIO(build_deck(scenario, lang)))
    return [
        (
            slide.shapes.title.text,
            "\n".join(
                [s.text_frame.text for s in slide.shapes if s.has_text_frame]
                + [
                    cell.text
                    for s in slide.shapes
                    if s.has_table
                    for row in s.table.rows
                    for cell in row.cells
                ]
            ),
        )
        for slide in deck.slides
    ]


class TestTheBoardPack:
    def test_the_pilot_slide_before_it_reports(self) -> None:
        slides = dict(deck_slides(bundled("pilot"), "en"))
        text = slides["Success criteria, set before the start"]
        for expected in ("≥ 6.0%", "≤ 15.0 s", "≤ 5.0 pts", "≤ 12.0%", "not yet measured"):
            assert expected in text
        assert "Pilot group: 8% of the calls, for 26 weeks" in text
        assert "Cumulative net result of the pilot" in text  # the note, as agreed

    def test_the_pilot_slide_with_its_result_in_dutch(self) -> None:
        slides = dict(deck_slides(with_actuals(bundled("pilot"), UNDECIDED), "nl"))
        text = slides["Resultaat van de pilot: pilot verlengen"]
        assert "gehaald" in text and "nog niet beslist" in text
        assert "Na 12 weken zegt de regel: pilot verlengen." in text

    def test_the_targeting_slide(self) -> None:
        scenario = bundled("profit_centre").model_copy(update={"targeting": TARGETING})
        slides = dict(deck_slides(scenario, "nl"))
        text = slides["Aan wie we aanbieden: 2 gekozen klantsegmenten"]
        assert "Kampioenen" in text and "1,50 (ingevuld)" in text and "1,40 (1,10 tot 1,70)" in text
        assert "26,0% van alle klanten" in text  # 20% × 80% consent + 10%


class TestTheCommandLine:
    def test_evaluate_gives_the_plan_and_with_results_the_decision(self, tmp_path: Path) -> None:
        import json

        from cli_runner import run_ccx

        code, out, _ = run_ccx("evaluate", str(SCENARIOS / "pilot.yaml"), "--json")
        assert code == 0
        plan = json.loads(out)["pilot"]["plan"]
        assert (plan["per_group"], plan["weeks_needed"], plan["cannot_detect"]) == (1322, 3, False)
        path = tmp_path / "pilot_results.yaml"
        path.write_text(dump_scenario(with_actuals(bundled("pilot"))), encoding="utf-8")
        code, out, _ = run_ccx("evaluate", str(path), "--json", "--lang", "nl")
        result = json.loads(out)["pilot"]["result"]
        assert code == 0 and result["decision"] == "scale"
        assert result["decision_label"] == "opschalen"
        assert result["scale_up"]["conversion_rate"] == pytest.approx(37 / 490)
        code, out, _ = run_ccx("evaluate", str(SCENARIOS / "baseline.yaml"), "--json")
        assert "pilot" not in json.loads(out) and "targeting" not in json.loads(out)

    def test_evaluate_says_what_the_targeting_set(self, tmp_path: Path) -> None:
        import json

        from cli_runner import run_ccx

        scenario = bundled("profit_centre").model_copy(update={"targeting": TARGETING})
        path = tmp_path / "targeted.yaml"
        path.write_text(dump_scenario(scenario), encoding="utf-8")
        code, out, err = run_ccx("evaluate", str(path), "--json", "--lang", "nl")
        assert code == 0, err
        found = json.loads(out)["targeting"]
        assert [s["name"] for s in found["segments"]] == [
            "Kampioenen",
            segment_name(TARGETING.segments[1].segment, "nl"),
        ]
        assert found["targeted_share"] == pytest.approx(0.26)  # 20% × 80% consent + 10%
        computed = cross_sell_inputs(scenario)
        cross = found["cross_sell"]
        assert cross["eligible_share"]["entered"] == scenario.cross_sell.eligible_share
        assert cross["eligible_share"]["computed"] == pytest.approx(computed.eligible_share)
        assert cross["conversion_rate"]["computed"] == pytest.approx(computed.conversion_rate)
        # The case was computed with those figures: cross-sell sells at the computed
        # conversion, on calls from the targeted customers only.
        volumes = json.loads(out)["revenue"]["cross_sell"]["volumes_per_year"]
        assert volumes["sales"] / volumes["offers"] == pytest.approx(computed.conversion_rate)
        plain = evaluate(bundled("profit_centre")).revenue.by_name()["cross_sell"]
        shrink = computed.eligible_share / scenario.cross_sell.eligible_share
        assert volumes["offers"] == pytest.approx(plain.volumes_per_year["offers"] * shrink)


class TestChangesInWords:
    def test_the_pilot_and_its_changes_read_as_the_page_says_them(self) -> None:
        from ccx_model.assumption_words import changes_in_words

        plain, pilot = bundled("baseline"), bundled("pilot")
        assert changes_in_words(plain, pilot, "en")[-1] == (
            "The pilot (design, criteria, results)",
            "—",
            "8% of the calls for 26 weeks, 4 criteria",
        )
        criteria = pilot.pilot.criteria.model_copy(update={"min_uplift": 0.01})  # type: ignore[union-attr]
        changed = with_actuals(pilot, UNDECIDED)
        changed = changed.model_copy(
            update={
                "pilot": changed.pilot.model_copy(  # type: ignore[union-attr]
                    update={"duration_weeks": 20, "criteria": criteria}
                )
            }
        )
        assert changes_in_words(pilot, changed, "nl") == [
            ("De pilot (opzet, criteria, resultaten) · Duur (weken)", "26", "20"),
            (
                "De pilot (opzet, criteria, resultaten) · Conversiewinst t.o.v. controlegroep minimaal",
                "—",
                "≥ 1,0 pnt",
            ),
            (
                "De pilot (opzet, criteria, resultaten) · Resultaten, week voor week",
                "geen resultaten",
                "12 weken resultaten",
            ),
        ]

    def test_targeting_reads_by_its_segments(self) -> None:
        from ccx_model.assumption_words import changes_in_words

        before = bundled("profit_centre")
        segment = SegmentFigures(segment="champions", customers=2, share=0.2)
        after = before.model_copy(
            update={"targeting": Targeting(segments=(segment,), customers_scored=10)}
        )
        assert changes_in_words(before, after, "nl") == [
            ("Gekozen klantsegmenten", "—", "Kampioenen")
        ]
        lifted = after.model_copy(
            update={"targeting": after.targeting.model_copy(update={"entered_lift": 1.5})}  # type: ignore[union-attr]
        )
        assert changes_in_words(after, lifted, "en") == [
            ("Targeted customer segments · Lift where not measured", "1.00", "1.50")
        ]


class TestTheWorkbook:
    def _sheet(self, scenario: Scenario, lang: str) -> list[tuple[Any, ...]]:
        from openpyxl import load_workbook

        from ccx_export.workbook import build_workbook

        book = load_workbook(BytesIO(build_workbook(scenario, lang)))
        name = "Pilot en doelgroep" if lang == "nl" else "Pilot and targeting"
        return [tuple(r) for r in book[name].iter_rows(values_only=True)]

    def test_the_pilot_sheet_holds_numbers_a_finance_partner_can_recompute(self) -> None:
        rows = self._sheet(with_actuals(bundled("pilot"), UNDECIDED), "en")
        by_label = {r[0]: r for r in rows if r and r[0]}
        assert by_label["Offers per group"][1] == 1322
        assert by_label["Weeks to decide"][1] == 3
        conversion = by_label["Conversion at least"]
        assert conversion[1] == 0.06 and conversion[2] == pytest.approx(444 / 5880)
        assert conversion[3] < conversion[2] < conversion[4] and conversion[5] == "met"
        cancellations = by_label["Cancellation rate at most"]
        assert cancellations[2] == pytest.approx(48 / 444) and cancellations[5] == "not yet decided"
        weeks = [r for r in rows if r and r[0] in ("pilot", "control")]
        assert len(weeks) == 24 and sum(r[3] for r in weeks if r[0] == "pilot") == 444
        assert "After 12 weeks the rule says: extend the pilot." in [r[0] for r in rows]

    def test_targeting_alone_gets_the_sheet_and_a_plain_centre_none(self) -> None:
        from openpyxl import load_workbook

        from ccx_export.workbook import build_workbook

        segment = SegmentFigures(segment="champions", customers=20, share=0.2, consent_share=0.5)
        aimed = bundled("profit_centre").model_copy(
            update={"targeting": Targeting(segments=(segment,), customers_scored=100)}
        )
        rows = self._sheet(aimed, "nl")
        assert ("Kampioenen", 20, 0.2, 0.5, 1.0, None, None, None) in rows
        assert not any(r and r[0] == "Opzet" for r in rows)  # not a pilot
        plain = load_workbook(BytesIO(build_workbook(bundled("baseline"), "en")))
        assert "Pilot and targeting" not in plain.sheetnames

    def test_a_note_that_looks_like_a_formula_stays_text(self) -> None:
        pilot = bundled("pilot")
        note = pilot.pilot.model_copy(update={"note": '=HYPERLINK("http://x","y")'})  # type: ignore[union-attr]
        rows = self._sheet(pilot.model_copy(update={"pilot": note}), "en")
        also = next(r for r in rows if r and r[0] == "Also agreed")
        assert also[1] == '=HYPERLINK("http://x","y")'  # read back as the text typed

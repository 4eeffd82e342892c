"""The director's path and the scenario as a document: the menu's steps, a next step on
every page, the scenario's own words, unsaved changes in words, undo, drafts that
survive a refresh, and Compare's differences in words."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from ccx_app import journey
from ccx_model.i18n import t

ROOT = Path(__file__).resolve().parent.parent


def _unsaved(at: AppTest) -> list[str]:
    return [m.value for m in at.sidebar.markdown if m.value.startswith("**Unsaved")]


class TestThePath:
    def test_every_page_file_is_on_the_path_once(self) -> None:
        files = sorted(p.stem for p in (ROOT / "ccx_app" / "pages").glob("*.py"))
        assert sorted(page.name for page in journey.PAGES) == files

    def test_the_steps_run_from_cost_to_the_decision(self) -> None:
        assert [step.key for step in journey.STEPS] == ["cost", "value", "profit", "decision"]
        assert journey.PAGES[0].name == "overview"
        assert journey.next_page("failure_demand").name == "value"
        assert journey.next_page("compare") is None

    @pytest.mark.parametrize("page", [p.name for p in journey.PAGES])
    def test_each_page_ends_with_the_next_step(self, app_test: AppTest, page: str) -> None:
        app_test.run()
        app_test.switch_page(journey.page_file(page)).run()
        assert not app_test.exception
        following = journey.next_page(page)
        links = [link.proto.label for link in app_test.get("page_link")]
        if following is None:
            assert t("journey.end", "en") in [c.value for c in app_test.caption]
        else:
            step = journey.step_of(following.name)
            assert links[-1] == t(
                "journey.next",
                "en",
                page=t(f"page.{following.name}", "en"),
                step=t(f"journey.{step.key}", "en"),
            )

    def test_the_start_page_maps_the_path_in_dutch(self, app_test: AppTest) -> None:
        app_test.session_state["lang"] = "nl"
        app_test.run()
        shown = [m.value for m in app_test.markdown]
        for step in journey.STEPS:
            assert f"**{t(f'journey.{step.key}', 'nl')}**" in shown


class TestTheScenarioAsADocument:
    def test_a_new_name_is_an_unsaved_change_said_in_words(self, app_test: AppTest) -> None:
        app_test.run()
        assert _unsaved(app_test) == []
        app_test.text_input(key="in.name").set_value("Plan 2027").run()
        assert _unsaved(app_test) == ["**Unsaved changes:** 1"]
        assert "- **Name**: Baseline → Plan 2027" in [m.value for m in app_test.sidebar.markdown]
        assert app_test.session_state["active_scenario"].name == "Plan 2027"

    def test_undo_takes_back_the_last_change_then_the_one_before(self, app_test: AppTest) -> None:
        app_test.run()
        assert app_test.button(key="undo").disabled
        app_test.text_input(key="in.name").set_value("Plan").run()
        app_test.number_input(key="in.demand.calls_per_month").set_value(300_000).run()
        assert _unsaved(app_test) == ["**Unsaved changes:** 2"]
        app_test.button(key="undo").click().run()
        assert app_test.session_state["in.demand.calls_per_month"] == 330_000
        assert app_test.session_state["in.name"] == "Plan"
        app_test.button(key="undo").click().run()
        assert app_test.session_state["in.name"] == "Baseline"
        assert _unsaved(app_test) == []

    def test_an_empty_name_is_refused_naming_the_field(self, app_test: AppTest) -> None:
        app_test.run()
        app_test.text_input(key="in.name").set_value("  ").run()
        assert any(e.value.startswith("Name:") for e in app_test.error)
        assert app_test.session_state["active_scenario"].name == "Baseline"  # last valid kept

    def test_recommendation_and_ask_reach_the_scenario(self, app_test: AppTest) -> None:
        app_test.run()
        app_test.text_area(key="in.business_case.recommendation").set_value("Go.").run()
        app_test.text_area(key="in.business_case.ask").set_value("EUR 80k.").run()
        case = app_test.session_state["active_scenario"].business_case
        assert (case.recommendation, case.ask) == ("Go.", "EUR 80k.")


class TestDrafts:
    def test_a_refresh_reopens_the_unsaved_work_with_a_notice(self, app_test: AppTest) -> None:
        app_test.run()
        token = app_test.query_params["draft"]
        token = token[0] if isinstance(token, list) else token
        app_test.number_input(key="in.demand.calls_per_month").set_value(300_000).run()
        folder = Path(os.environ["CCX_DRAFTS_DIR"])
        assert (folder / f"{token}.working.yaml").exists()
        again = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        again.query_params["draft"] = token
        again.run()
        assert again.session_state["in.demand.calls_per_month"] == 300_000
        assert [i.value for i in again.info] == [t("draft.restored", "en")]
        assert _unsaved(again) == ["**Unsaved changes:** 1"]  # against the file it came from

    def test_an_unknown_or_malformed_token_opens_the_baseline(self) -> None:
        for token in ("A" * 22, "../../etc/passwd"):
            at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
            at.query_params["draft"] = token
            at.run()
            assert not at.exception and not at.info
            assert at.session_state["active_scenario"].name == "Baseline"

    def test_an_invalid_input_is_never_written_as_the_draft(self, app_test: AppTest) -> None:
        app_test.run()
        token = app_test.query_params["draft"]
        token = token[0] if isinstance(token, list) else token
        app_test.number_input(key="in.service.shrinkage").set_value(150).run()
        working = Path(os.environ["CCX_DRAFTS_DIR"]) / f"{token}.working.yaml"
        assert not working.exists() or "shrinkage: 1.5" not in working.read_text()


class TestCompare:
    def test_scenarios_are_named_and_the_selection_survives_other_pages(
        self, app_test: AppTest
    ) -> None:
        app_test.run()
        app_test.switch_page("ccx_app/pages/compare.py").run()
        pick = app_test.multiselect(key="compare_pick")
        assert pick.value == ["baseline.yaml", "pilot.yaml", "profit_centre.yaml"]
        assert "Full profit centre" in pick.options and "profit_centre.yaml" not in pick.options
        table = app_test.dataframe[0].value
        assert list(table.columns)[1:] == [
            "Baseline (baseline)",
            "Pilot: cross-sell in one team",
            "Full profit centre",
        ]
        assert table.iloc[0, 0] == "NPV"  # the decision first
        pick.unselect("pilot.yaml").run()
        app_test.switch_page("ccx_app/pages/overview.py").run()
        app_test.switch_page("ccx_app/pages/compare.py").run()
        assert app_test.multiselect(key="compare_pick").value == [
            "baseline.yaml",
            "profit_centre.yaml",
        ]
        assert not app_test.warning and not app_test.exception

    def test_what_differs_is_said_in_words(self, app_test: AppTest) -> None:
        app_test.session_state["lang"] = "nl"
        app_test.run()
        app_test.switch_page("ccx_app/pages/compare.py").run()
        frames = [d.value for d in app_test.dataframe[1:]]
        fields = [str(v) for frame in frames for v in frame.iloc[:, 0]]
        assert "Retentie · Retentieteam inzetten" in fields
        assert not [f for f in fields if "." in f.split(" · ")[-1] and "_" in f]  # no raw keys
        values = [str(v) for frame in frames for v in frame.iloc[:, 1:].to_numpy().ravel()]
        assert "aan" in values and "True" not in values and "None" not in values

    def test_the_board_pack_of_the_comparison_is_offered(self, app_test: AppTest) -> None:
        app_test.run()
        app_test.switch_page("ccx_app/pages/compare.py").run()
        labels = [b.label for b in app_test.button]
        assert t("office.prepare_deck", "en") in labels

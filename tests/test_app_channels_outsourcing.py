"""AppTest: the Channels and Outsourcing pages draw the model's figures, in EN and NL."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from ccx_model.evaluate import evaluate
from ccx_model.i18n import format_eur, format_number
from ccx_model.scenario_io import load_scenario

ROOT = Path(__file__).resolve().parents[1]


def start(page: str, scenario: str = "baseline.yaml", lang: str = "en") -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30).run()
    if lang != "en":
        at.radio(key="lang").set_value(lang).run()
    if scenario != "baseline.yaml":
        at.selectbox(key="scenario_file").set_value(scenario).run()
    at.switch_page(f"ccx_app/pages/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


class TestChannelsPage:
    @pytest.mark.parametrize("lang", ["en", "nl"])
    def test_the_table_shows_the_phone_as_the_model_costs_it(self, lang: str) -> None:
        at = start("channels", lang=lang)
        table = at.dataframe[0].value
        phone = evaluate(load_scenario(ROOT / "scenarios" / "baseline.yaml")).channel_costs()[
            "phone"
        ]
        assert format_eur(phone.cost_eur_per_year, lang) in table.iloc[0].tolist()
        assert format_number(phone.contacts_per_year, lang) in table.iloc[0].tolist()
        assert at.info  # chat is off: the page says how to see the shift

    def test_switching_chat_on_adds_a_chat_row_and_the_shift_chart(self) -> None:
        at = start("channels")
        at.toggle(key="in.channels.chat.enabled").set_value(True).run()
        assert not at.exception
        assert len(at.dataframe[0].value) == 2
        assert not at.info

    def test_a_bad_concurrency_is_named_with_its_range(self) -> None:
        at = start("channels")
        at.toggle(key="in.channels.chat.enabled").set_value(True).run()
        at.number_input(key="in.channels.chat.concurrency").set_value(9).run()
        assert not at.exception
        assert any("Chats per agent at once" in e.value and "1 to 6" in e.value for e in at.error)


class TestOutsourcingPage:
    def test_without_outsourcing_the_page_says_how_to_switch_it_on(self) -> None:
        at = start("outsourcing")
        assert at.info
        assert not at.metric

    @pytest.mark.parametrize("lang", ["en", "nl"])
    def test_the_outsourced_scenario_shows_both_options(self, lang: str) -> None:
        at = start("outsourcing", "outsourced.yaml", lang)
        scenario = load_scenario(ROOT / "scenarios" / "outsourced.yaml")
        outsourced = evaluate(scenario)
        shown = [m.value for m in at.metric]
        assert format_eur(outsourced.cost.total_eur, lang) in shown
        assert all(m.help for m in at.metric)
        assert len(at.get("download_button")) >= 4  # PNG and SVG under each of the two charts

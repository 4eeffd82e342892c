"""A pilot's weekly results as CSV: what the Pilot page downloads opens again the same,
a Dutch Excel export reads as it is, and every bad cell is named by row and column."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from test_round_trip import weeks_of_actuals

from ccx_model.pilot_actuals import PilotActuals
from ccx_model.pilot_csv import actuals_from_csv, actuals_to_csv
from ccx_model.problems import InputError

DUTCH = (
    "groep;week;aanbiedingen;verkopen;annuleringen;gesprekstijd_seconden;fcr_procent;nps\r\n"
    "pilot;1;490;37;3;208,4;74,5;31\r\n"
    "controle;1;0;0;;205;76;32\r\n"
    "pilot;2;501;39;2;209,1;;\r\n"
)


def test_a_dutch_export_reads_as_written() -> None:
    actuals = actuals_from_csv(DUTCH)
    assert actuals is not None
    first, second = actuals.pilot
    assert (first.offers, first.sales, first.cancellations) == (490, 37, 3)
    assert first.aht_seconds == pytest.approx(208.4) and first.fcr == pytest.approx(0.745)
    assert second.fcr is None and second.nps is None
    assert actuals.control[0].cancellations == 0 and actuals.control[0].nps == 32


@settings(max_examples=60, deadline=None)
@given(pilot=weeks_of_actuals(6).filter(bool), control=weeks_of_actuals(6))
def test_the_download_opens_again_as_the_same_results(pilot: tuple, control: tuple) -> None:
    actuals = PilotActuals(pilot=pilot, control=control)
    again = actuals_from_csv(actuals_to_csv(actuals))
    assert again is not None
    # FCR travels in percent (× 100 and back): equal to the last bit or two.
    assert [len(again.pilot), len(again.control)] == [len(pilot), len(control)]
    assert all(
        a == b if a is None or b is None else a == pytest.approx(b, rel=1e-12, abs=1e-15)
        for a, b in zip(_flat(again), _flat(actuals), strict=True)
    )


def _flat(actuals: PilotActuals) -> list[object]:
    return [
        value
        for weeks in (actuals.pilot, actuals.control)
        for week in weeks
        for value in week.model_dump().values()
    ]


def test_no_pilot_weeks_is_no_results() -> None:
    assert actuals_from_csv(actuals_to_csv(None)) is None


def test_every_bad_cell_is_named_in_english_and_dutch() -> None:
    text = DUTCH + "groep b;3;10;5;;;;\r\npilot;4;10;20;;;;\r\npilot;5;tien;1;;;;\r\n"
    with pytest.raises(InputError) as caught:
        actuals_from_csv(text)
    english, dutch = caught.value.messages("en"), caught.value.messages("nl")
    assert english[0] == "row 5, column groep: the group must be pilot or control."
    assert english[1] == "row 6: 20 sales from 10 offers: sales cannot exceed offers."
    assert english[2].startswith("row 7, column offers: ")
    assert dutch[0] == "rij 5, kolom groep: de groep moet pilot of controle zijn."


def test_an_unknown_column_or_a_week_twice_is_refused() -> None:
    with pytest.raises(InputError, match="unknown columns: colour; required columns missing: —"):
        actuals_from_csv("group,week,offers,sales,colour\npilot,1,1,1,red\n")
    # Named as the file writes it, in the reader's language; a missing one in both.
    with pytest.raises(InputError) as refused:
        actuals_from_csv("groep;week;aanbiedingen;annulering\npilot;1;5;0\n")
    message = refused.value.messages("nl")[0]
    assert "onbekende kolommen: annulering" in message
    assert "ontbrekende verplichte kolommen: sales (verkopen)" in message
    with pytest.raises(InputError, match="week"):
        actuals_from_csv("group,week,offers,sales\npilot,1,10,1\npilot,1,10,2\n")

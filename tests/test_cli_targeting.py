"""``ccx rfm``, ``ccx pilot-size`` and ``ccx pilot-evaluate``: the issue's keys, figures
equal to the model's (and to scipy's where a closed form exists), refusals that exit 2
naming the flag or the file's row and column."""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path

import pytest
from cli_runner import run_ccx
from scipy import stats

from ccx_model.i18n import format_day, format_number, t
from ccx_model.pilot import sample_size
from ccx_model.pilot_evaluation import compare_conversion
from ccx_model.pilot_words import sample_size_text, uplift_text
from ccx_model.rfm import rfm_from_csv
from ccx_model.segment_words import rfm_text


def run(*argv: str) -> tuple[int, str, str]:
    return run_ccx(*argv)


@pytest.fixture
def transactions(tmp_path: Path) -> Path:
    """A weekly buyer (F must be 5, R 5), a one-off buyer long ago, and three between."""
    lines = ["customer_id,date,amount"]
    lines += [f"weekly,2024-{1 + d // 28:02d}-{1 + d % 28:02d},20" for d in range(0, 84, 7)]
    lines += ["once,2023-01-15,500", "b,2024-02-01,30", "b,2024-03-01,30", "c,2024-03-10,5"]
    lines += ["d,2023-11-11,80", "d,2024-01-11,80", "d,2024-02-11,80"]
    path = tmp_path / "tx.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


class TestRfm:
    def test_the_issues_keys_and_the_models_figures(self, transactions: Path) -> None:
        code, out, err = run("rfm", str(transactions), "--as-of", "2024-04-01", "--json")
        assert code == 0, err
        data = json.loads(out)
        keys = {
            "customer_id",
            "recency_days",
            "frequency",
            "monetary_eur",
            "r",
            "f",
            "m",
            "segment",
        }
        assert all(set(row) == keys for row in data["customers"])
        expected = rfm_from_csv(transactions.read_bytes(), dt.date(2024, 4, 1))
        assert data == json.loads(json.dumps(expected.to_dict("en")))
        weekly = next(row for row in data["customers"] if row["customer_id"] == "weekly")
        assert weekly["frequency"] == 12 and weekly["f"] == 5
        assert sum(s["customers"] for s in data["segments"]) == len(data["customers"]) == 5

    @pytest.mark.parametrize("lang", ["en", "nl"])
    def test_plain_text_is_the_segment_table_and_names_no_customer(
        self, transactions: Path, lang: str
    ) -> None:
        code, out, err = run("rfm", str(transactions), "--as-of", "2024-04-01", "--lang", lang)
        assert code == 0, err
        result = rfm_from_csv(transactions.read_bytes(), dt.date(2024, 4, 1))
        assert out == rfm_text(result, lang) + "\n"
        lines = out.splitlines()
        assert lines[0] == t(
            "targeting.scored", lang, customers="5", as_of=format_day(result.as_of, lang)
        )
        # One line per segment, each with its name and its customers in the locale's form.
        for row in result.segments:
            line = next(x for x in lines if x.startswith(row.name(lang) + "  "))
            assert line.split()[len(row.name(lang).split())] == format_number(row.customers, lang)
        assert t("rfm.segment.champions", lang) in out
        # Personal data stays off the screen: no customer id is printed.
        for customer in ("weekly", "once", " b ", " c ", " d "):
            assert customer not in out

    def test_a_bad_date_in_the_file_names_its_row_and_column(self, tmp_path: Path) -> None:
        path = tmp_path / "bad.csv"
        path.write_text("customer_id,date,amount\nA,2024-01-05,10\nB,2024-13-05,10\n", "utf-8")
        code, _, err = run("rfm", str(path), "--json")
        assert code == 2 and "row 3" in err and "date" in err

    def test_a_bad_as_of_is_refused(self, transactions: Path) -> None:
        code, _, err = run(
            "rfm", str(transactions), "--as-of", "1-4-2024", "--json", "--lang", "nl"
        )
        assert code == 2 and "--as-of" in err and "jjjj-mm-dd" in err


class TestPilotSize:
    def test_per_group_and_total_as_the_model_and_the_formula(self) -> None:
        code, out, err = run(
            "pilot-size", "--baseline-rate", "0.06", "--target-rate", "0.08", "--json"
        )
        assert code == 0, err
        data = json.loads(out)
        size = sample_size(0.06, 0.08)
        assert (data["per_group"], data["total"]) == (size.per_group, size.total)
        # Fleiss' formula (without continuity correction), by scipy's normal quantiles.
        p0, p1 = 0.06, 0.08
        z_a, z_b = stats.norm.ppf(1 - 0.05 / 2), stats.norm.ppf(0.8)
        p_bar = (p0 + p1) / 2
        n = (
            z_a * math.sqrt(2 * p_bar * (1 - p_bar))
            + z_b * math.sqrt(p0 * (1 - p0) + p1 * (1 - p1))
        ) ** 2 / (p1 - p0) ** 2
        assert data["per_group"] == math.ceil(n - 1e-9)

    def test_plain_text_says_the_sizes_in_dutch(self) -> None:
        code, out, err = run(
            "pilot-size", "--baseline-rate", "0.05", "--target-rate", "0.07", "--lang", "nl"
        )
        assert code == 0, err
        size = sample_size(0.05, 0.07)
        assert out == sample_size_text(size, "nl") + "\n"
        assert out.startswith("2.213 aanbiedingen in de pilotgroep en 2.213 in de controlegroep")
        assert "samen 4.426" in out and "7,0%" in out and "80%" in out

    @pytest.mark.parametrize(
        ("flags", "says"),
        [
            (("--baseline-rate", "1.5", "--target-rate", "0.08"), "--baseline-rate"),
            (("--baseline-rate", "0.06", "--target-rate", "x"), "--target-rate"),
            (("--baseline-rate", "0.06", "--target-rate", "0.08", "--power", "2"), "--power"),
        ],
    )
    def test_refusals_name_the_flag(self, flags: tuple[str, ...], says: str) -> None:
        code, _, err = run("pilot-size", *flags, "--json")
        assert code == 2 and says in err


class TestPilotEvaluate:
    def test_uplift_interval_and_p_value(self) -> None:
        code, out, err = run(
            "pilot-evaluate", "--control-offers", "500", "--control-sales", "40",
            "--pilot-offers", "500", "--pilot-sales", "60", "--json",
        )  # fmt: skip
        assert code == 0, err
        data = json.loads(out)
        assert {"uplift", "ci_low", "ci_high", "p_value"} <= set(data)
        assert data == json.loads(json.dumps(compare_conversion(500, 40, 500, 60).to_dict()))
        # The pooled two-proportion z-test, by hand with scipy's normal.
        pooled = 100 / 1000
        z = (0.12 - 0.08) / math.sqrt(pooled * (1 - pooled) * (2 / 500))
        assert data["p_value"] == pytest.approx(2 * stats.norm.sf(abs(z)), rel=1e-9)
        assert data["ci_low"] < data["uplift"] < data["ci_high"]

    def test_plain_text_says_the_uplift_in_points(self) -> None:
        code, out, err = run(
            "pilot-evaluate", "--control-offers", "500", "--control-sales", "40",
            "--pilot-offers", "500", "--pilot-sales", "60", "--lang", "nl",
        )  # fmt: skip
        assert code == 0, err
        assert out == uplift_text(compare_conversion(500, 40, 500, 60), "nl") + "\n"
        assert "12,0% tegenover 8,0%" in out and "4,0 procentpunten" in out
        assert "p-waarde 0,035" in out

    def test_more_sales_than_offers_is_refused(self) -> None:
        code, _, err = run(
            "pilot-evaluate", "--control-offers", "5", "--control-sales", "40",
            "--pilot-offers", "500", "--pilot-sales", "60", "--json",
        )  # fmt: skip
        assert code == 2 and "--control-sales" in err and "40" in err

"""Reading customer exports: Dutch and English CSVs as Excel writes them, and every bad cell
named with its row and column (in English and Dutch). All files are made in the test."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ccx_model.customer_file import read_customer_file
from ccx_model.problems import InputError
from ccx_model.rfm import rfm_from_csv, rfm_from_transactions

AS_OF = dt.date(2025, 1, 1)

# The same five purchases of three customers, as a Dutch and as an English export.
DUTCH = (
    "Klantnummer;Datum;Bedrag;Toestemming;Segment;Gekocht na aanbod\r\n"
    "00017;03-01-2024;1.234,50;ja;Zakelijk;nee\r\n"
    "00017;15-12-2024;10,00;ja;Zakelijk;ja\r\n"
    "00042;1-6-2024;99,95;nee;Particulier;\r\n"
    "00099;31-12-2023;0,5;;Café;nee\r\n"
    "00042;20-11-2024;5;nee;Particulier;\r\n"
)
ENGLISH = (
    "Customer ID,Date,Amount,Consent,Segment,Response\n"
    '00017,2024-01-03,"1,234.50",yes,Zakelijk,no\n'
    "00017,2024-12-15,10.00,yes,Zakelijk,yes\n"
    "00042,2024-06-01,99.95,no,Particulier,\n"
    "00099,2023-12-31,0.5,,Café,false\n"
    "00042,2024-11-20,5,no,Particulier,\n"
)
ENGLISH_SLASHES = (
    ENGLISH.replace("2024-01-03", "03/01/2024")
    .replace("2024-12-15", "15/12/2024")
    .replace("2024-06-01", "1/6/2024")
    .replace("2023-12-31", "31/12/2023")
    .replace("2024-11-20", "20/11/2024")
)


def assert_customers(table: pd.DataFrame, expected: list[list[object]]) -> None:
    ids = [row[0] for row in expected]
    assert table["customer_id"].tolist() == ids
    assert table["recency_days"].tolist() == [row[1] for row in expected]
    assert table["frequency"].tolist() == [row[2] for row in expected]
    assert table["monetary_eur"].tolist() == pytest.approx([row[3] for row in expected])


def expected_customers() -> list[list[object]]:
    return [
        ["00017", (AS_OF - dt.date(2024, 12, 15)).days, 2, 1244.5],
        ["00042", (AS_OF - dt.date(2024, 11, 20)).days, 2, 104.95],
        ["00099", (AS_OF - dt.date(2023, 12, 31)).days, 1, 0.5],
    ]


@pytest.mark.parametrize(
    "data",
    [
        DUTCH.encode("utf-8"),
        b"\xef\xbb\xbf" + DUTCH.encode("utf-8"),  # Excel "CSV UTF-8" writes a byte-order mark
        DUTCH.encode("cp1252"),  # Excel's plain "CSV" in a Dutch Windows
        ENGLISH.encode("utf-8"),
        ENGLISH_SLASHES.encode("utf-8"),
        ENGLISH.replace(",", "\t").replace('"1\t234.50"', "1234.50").encode("utf-16"),
    ],
    ids=["dutch", "dutch-bom", "dutch-cp1252", "english", "english-dd/mm/yyyy", "utf16-tab"],
)
def test_dutch_and_english_exports_read_the_same(data: bytes) -> None:
    result = rfm_from_csv(data, as_of=AS_OF)
    table = result.customers
    assert_customers(table, expected_customers())
    # Consent and segment from each customer's latest row; response: any yes.
    assert table["consent"].tolist() == [True, False, False]
    assert table["file_segment"].tolist() == ["Zakelijk", "Particulier", "Café"]
    assert table["response"].tolist() == [1, -1, 0]


def test_detected_conventions_are_reported() -> None:
    dutch = read_customer_file(DUTCH.encode())
    english = read_customer_file(ENGLISH.encode())
    assert (dutch.separator, dutch.decimal, dutch.date_format) == (";", ",", "%d-%m-%Y")
    assert (english.separator, english.decimal, english.date_format) == (",", ".", "%Y-%m-%d")
    assert dutch.columns == {
        "customer_id": "Klantnummer",
        "date": "Datum",
        "amount": "Bedrag",
        "consent": "Toestemming",
        "segment": "Segment",
        "response": "Gekocht na aanbod",
    }


def test_one_row_per_customer_layout() -> None:
    data = (
        b"klant nr;laatste aankoop;aantal aankopen;totaal besteed\n"
        b"A;15-12-2024;2;1.244,50\nB;20-11-2024;2;104,95\nC;31-12-2023;1;0,5\n"
    )
    file = read_customer_file(data)
    assert file.layout == "customers"
    result = rfm_from_csv(data, as_of=AS_OF)
    expected = [["A", *row[1:]] for row in expected_customers()]
    expected[1][0], expected[2][0] = "B", "C"
    assert_customers(result.customers, expected)


def test_column_mapping_overrides_the_names() -> None:
    data = b"Relation code,When,EUR,Other\nA,2024-01-01,10,x\nB,2024-02-01,20,y\n"
    with pytest.raises(InputError) as missing:
        read_customer_file(data)
    assert "customer_id, date, amount" in str(missing.value)
    mapping = {"customer_id": "Relation code", "date": "When", "amount": "EUR"}
    file = read_customer_file(data, columns=mapping)
    assert file.rows["amount"].tolist() == [10.0, 20.0]
    with pytest.raises(InputError) as bad:
        read_customer_file(data, columns={"customer": "Relation code", "date": "Nope"})
    messages = bad.value.messages("en")
    assert any("customer: " in m and "not a column of a customer file" in m for m in messages)
    assert any("date: " in m and "no column 'Nope'" in m for m in messages)


def test_two_columns_for_one_field_are_refused() -> None:
    with pytest.raises(InputError, match="'Datum' and 'Orderdatum' both read as date"):
        read_customer_file(b"klant;Datum;Orderdatum;bedrag\nA;01-01-2024;01-01-2024;5\n")


def messages(data: bytes, **options: object) -> tuple[list[str], list[str]]:
    with pytest.raises(InputError) as caught:
        read_customer_file(data, **options)  # type: ignore[arg-type]
    return caught.value.messages("en"), caught.value.messages("nl")


def test_bad_cells_are_named_by_row_and_column_in_english_and_dutch() -> None:
    data = (
        b"klantnummer;datum;bedrag;toestemming\n"
        b"A;01-01-2024;10,00;ja\n"  # row 2: fine
        b"B;31-02-2024;10,00;ja\n"  # row 3: no such date
        b";01-03-2024;5;nee\n"  # row 4: no customer
        b"C;01-03-2024;tien;misschien\n"  # row 5: not an amount, not yes or no
        b"D;01-03-2024;;ja\n"  # row 6: empty amount
    )
    english, dutch = messages(data)
    assert english == [
        "row 4, column klantnummer: empty; a value is required.",
        "row 3, column datum: '31-02-2024' is not a date written as dd-mm-yyyy.",
        "row 6, column bedrag: empty; a value is required.",
        "row 5, column bedrag: 'tien' is not allowed; allowed: -1,000,000,000 to 1,000,000,000.",
        "row 5, column toestemming: 'misschien' is not yes or no; allowed: yes/no, ja/nee, "
        "true/false, 1/0, or empty (empty = no consent).",
    ]
    assert dutch[1] == "rij 3, kolom datum: '31-02-2024' is geen datum in de vorm dd-mm-yyyy."
    assert dutch[3].startswith("rij 5, kolom bedrag: 'tien' is niet toegestaan; toegestaan: ")
    assert "leeg = geen toestemming" in dutch[4]


def test_problems_stop_at_twenty_and_count_the_rest() -> None:
    data = ("id,date,amount\n" + "".join(f"K{i},2024-01-01,x\n" for i in range(50))).encode()
    english, _ = messages(data)
    assert len(english) == 21
    assert english[0].startswith("row 2, column amount:")
    assert english[-1] == "(file): and 30 more problems (correct the ones above first)."


def test_a_row_of_the_wrong_width_is_named() -> None:
    data = b"customer_id,date,amount\nA,2024-01-01,12,50\nB,2024-01-02,3\n"
    english, dutch = messages(data)
    assert english[0].startswith("row 2: row 2 has 4 cells where the header has 3")
    assert "decimal comma" in english[0]
    assert dutch[0].startswith("row 2: rij 2 heeft 4 cellen")


def test_blank_lines_keep_the_row_numbers() -> None:
    data = b"customer_id;date;amount\n\nA;2024-01-01;5\n;;\nB;2024-13-01;5\n"
    english, _ = messages(data)
    # Row 1 the header, row 2 blank, row 3 A, row 4 empty cells, row 5 B.
    assert english == ["row 5, column date: '2024-13-01' is not a date written as yyyy-mm-dd."]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        # A comma-separated file: English, so "1,234" (quoted) is one thousand two hundred …
        (b'id,date,amount\nA,2024-01-01,"1,234"\n', 1234.0),
        # … and in a semicolon file Dutch Excel: one point two three four.
        (b"id;date;amount\nA;2024-01-01;1,234\n", 1.234),
        # Other values in the column settle it.
        (b"id;date;amount\nA;2024-01-01;1,234\nB;2024-01-01;12.50\n", 1234.0),
        (b'id,date,amount\nA,2024-01-01,"1,234"\nB,2024-01-01,"7,5"\n', 1.234),
        (b"id;date;amount\nA;2024-01-01;1.234.567\n", 1234567.0),
    ],
)
def test_decimal_mark_from_the_column_or_the_separator(data: bytes, expected: float) -> None:
    assert read_customer_file(data).rows["amount"].iloc[0] == pytest.approx(expected)


def test_an_ambiguous_decimal_is_refused_when_the_separator_cannot_tell() -> None:
    data = b"id\tdate\tamount\nA\t2024-01-01\t1,234\nB\t2024-01-01\t20\n"
    english, dutch = messages(data)
    assert english == [
        "row 2, column amount: '1,234' can be read with a decimal mark or a thousands separator, "
        "and the file's separator does not tell which: give the decimal mark (',' or '.')."
    ]
    assert dutch[0].startswith("rij 2, kolom amount: '1,234' is te lezen met een decimaalteken")
    assert read_customer_file(data, decimal=",").rows["amount"].iloc[0] == pytest.approx(1.234)
    assert read_customer_file(data, decimal=".").rows["amount"].iloc[0] == pytest.approx(1234.0)


def test_mixed_decimal_marks_are_refused() -> None:
    data = b"id;date;amount\nA;2024-01-01;12,50\nB;2024-01-01;7.25\n"
    english, _ = messages(data)
    assert english == [
        "amount: column amount mixes decimal marks: row 2 writes 12,50 (decimal comma), row 3 "
        "writes 7.25 (decimal point); correct one, or give the decimal mark."
    ]


def test_month_first_dates_are_refused_not_misread() -> None:
    data = b"id,date,amount\nA,12/31/2024,5\nB,01/02/2024,6\n"
    english, _ = messages(data)
    assert "written month first" in english[0]
    file = read_customer_file(data, date_format="%m/%d/%Y")
    assert file.rows["day"].tolist() == [
        (dt.date(2024, 12, 31) - dt.date(1970, 1, 1)).days,
        (dt.date(2024, 1, 2) - dt.date(1970, 1, 1)).days,
    ]


def test_dates_before_1970_are_dates() -> None:
    file = read_customer_file(b"id;datum;bedrag\nA;20-07-1969;5\nA;01-01-2024;5\n")
    assert file.rows["day"].tolist()[0] == (dt.date(1969, 7, 20) - dt.date(1970, 1, 1)).days
    result = rfm_from_csv(b"id;datum;bedrag\nA;20-07-1969;5\nB;01-01-2024;5\n")
    assert result.customers["recency_days"].tolist() == [
        (dt.date(2024, 1, 2) - dt.date(1969, 7, 20)).days,
        1,
    ]


def test_times_after_the_date_are_ignored() -> None:
    data = b"id;datum;bedrag\nA;03-01-2024 14:22;5\nA;2024-01-05T08:00:00;5\nB;04-01-2024;1\n"
    # Most dates set the form (dd-mm-yyyy): the ISO one is then a bad cell, not a guess.
    english, _ = messages(data)
    assert english == [
        "row 3, column datum: '2024-01-05T08:00:00' is not a date written as dd-mm-yyyy."
    ]
    ok = read_customer_file(b"id;datum;bedrag\nA;03-01-2024 14:22;5\n")
    assert ok.rows["day"].iloc[0] == (dt.date(2024, 1, 3) - dt.date(1970, 1, 1)).days


def test_customers_layout_refuses_duplicates_and_bad_counts() -> None:
    data = (
        b"customer_id,last_purchase,purchases,total_spend\n"
        b"A,2024-01-01,2,10\nB,2024-01-01,2.5,10\nA,2024-02-01,0,10\n"
    )
    english, _ = messages(data)
    assert english == [
        "row 3, column purchases: '2.5' is not a number of purchases; allowed: a whole number "
        "from 1 to 10000000.",
        "row 4, column purchases: '0' is not a number of purchases; allowed: a whole number "
        "from 1 to 10000000.",
        "row 4, column customer_id: the same customer as row 2; a customer file has one row per "
        "customer.",
    ]


def test_as_of_before_a_last_purchase_is_refused_for_one_row_per_customer() -> None:
    data = b"customer_id,last_purchase,purchases,total_spend\nA,2024-06-01,2,10\nB,2024-01-01,1,5\n"
    with pytest.raises(InputError) as caught:
        rfm_from_csv(data, as_of=dt.date(2024, 3, 1))
    assert caught.value.messages("nl") == [
        "rij 2, kolom last_purchase: laatste aankoop 2024-06-01 ligt na de peildatum 2024-03-01."
    ]
    with pytest.raises(InputError, match="no purchase on or before the as-of date 2023-01-01"):
        rfm_from_csv(b"id,date,amount\nA,2024-01-01,5\n", as_of=dt.date(2023, 1, 1))


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"", "the CSV file is empty"),
        (b"id,date,amount\n", "the CSV has no data rows"),
        (b"id,date,amount\n,,\n", "the CSV has no data rows"),
        (b"naam,adres\nJan,Straat 1\n", "found: naam, adres"),
    ],
)
def test_empty_and_unrelated_files(data: bytes, text: str) -> None:
    english, _ = messages(data)
    assert any(text in message for message in english)


def test_other_columns_are_not_read() -> None:
    data = b"id;naam;adres;datum;bedrag\nA;Jan;Straat 1;01-01-2024;5\n"
    file = read_customer_file(data)
    assert set(file.rows.columns) == {"customer", "row", "day", "amount"}
    assert "Jan" not in file.rows.to_string() and list(file.customer_ids) == ["A"]


def test_rfm_from_an_in_memory_table_names_bad_rows() -> None:
    frame = pd.DataFrame(
        {"customer_id": ["A", None], "date": ["2024-01-01", "x"], "amount": [1, 2]}
    )
    with pytest.raises(InputError) as caught:
        rfm_from_transactions(frame)
    assert caught.value.messages("en") == [
        "row 3, column customer_id: empty; a value is required.",
        "row 3, column date: 'x' is not a date written as yyyy-mm-dd.",
    ]
    with pytest.raises(InputError, match="the table needs a column 'amount'"):
        rfm_from_transactions(frame.drop(columns="amount"))


@st.composite
def purchases(draw: st.DrawFn) -> pd.DataFrame:
    n = draw(st.integers(1, 40))
    return pd.DataFrame(
        {
            "customer_id": draw(
                st.lists(st.sampled_from(["001", "002", "A7", "Z"]), min_size=n, max_size=n)
            ),
            "date": draw(
                st.lists(
                    st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)), min_size=n, max_size=n
                )
            ),
            "amount": draw(st.lists(st.integers(-100_000, 5_000_000), min_size=n, max_size=n)),
        }
    ).assign(amount=lambda f: f["amount"] / 100.0)


def export(frame: pd.DataFrame, dutch: bool, date_format: str) -> bytes:
    amounts = [f"{a:,.2f}" for a in frame["amount"]]
    if dutch:
        amounts = [a.translate(str.maketrans(",.", ".,")) for a in amounts]
    separator = ";" if dutch else ","
    lines = ["klantnummer;datum;bedrag" if dutch else "customer_id,date,amount"]
    for cid, day, amount in zip(frame["customer_id"], frame["date"], amounts, strict=True):
        lines.append(separator.join([cid, day.strftime(date_format), f'"{amount}"']))
    return ("\r\n" if dutch else "\n").join(lines).encode()


@settings(database=None, deadline=None, max_examples=60)
@given(purchases(), st.sampled_from(["dutch", "english-iso", "english-slashes"]))
def test_any_base_reads_the_same_from_a_dutch_or_english_export(
    frame: pd.DataFrame, kind: str
) -> None:
    dutch = kind == "dutch"
    form = {"dutch": "%d-%m-%Y", "english-iso": "%Y-%m-%d", "english-slashes": "%d/%m/%Y"}[kind]
    from_file = rfm_from_csv(export(frame, dutch, form))
    in_memory = rfm_from_transactions(frame)
    columns = ["customer_id", "recency_days", "frequency", "r", "f", "m", "segment"]
    pd.testing.assert_frame_equal(from_file.customers[columns], in_memory.customers[columns])
    assert from_file.customers["monetary_eur"].tolist() == pytest.approx(
        in_memory.customers["monetary_eur"].tolist()
    )


def workbook(rows: list[list[object]], blank_rows_above: int = 0) -> bytes:
    """An .xlsx made here, as Excel saves a customer list: real dates and numbers."""
    import io

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for _ in range(blank_rows_above):
        sheet.append([])
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


DUTCH_ROWS: list[list[object]] = [
    ["Klantnummer", "Datum", "Bedrag", "Toestemming", "Segment", "Gekocht na aanbod"],
    ["00017", dt.datetime(2024, 1, 3), 1234.5, "ja", "Zakelijk", "nee"],
    ["00017", dt.datetime(2024, 12, 15, 14, 30), 10, "ja", "Zakelijk", "ja"],
    ["00042", dt.date(2024, 6, 1), 99.95, "nee", "Particulier", None],
    ["00099", dt.datetime(2023, 12, 31), 0.5, None, "Café", "nee"],
    ["00042", dt.datetime(2024, 11, 20), 5, "nee", "Particulier", None],
]


def test_an_excel_workbook_reads_as_its_csv_export() -> None:
    data = workbook(DUTCH_ROWS, blank_rows_above=2)
    result = rfm_from_csv(data, as_of=AS_OF)
    assert_customers(result.customers, expected_customers())
    from_csv = rfm_from_csv(DUTCH.encode("utf-8"), as_of=AS_OF)
    assert result.segments == from_csv.segments
    assert result.rf_grid == from_csv.rf_grid


def test_a_workbook_too_long_for_the_session_is_sent_to_csv(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ccx_model import customer_workbook

    monkeypatch.setattr(customer_workbook, "MAX_WORKBOOK_ROWS", 4)
    with pytest.raises(InputError) as caught:
        rfm_from_csv(workbook(DUTCH_ROWS), as_of=AS_OF)
    assert "more than 4 rows: save it as CSV" in caught.value.messages("en")[0]


def test_a_workbooks_bad_cell_is_named_and_a_damaged_one_refused() -> None:
    rows = [list(row) for row in DUTCH_ROWS]
    rows[3][2] = "veel"  # an amount in words: row 4 of the sheet read
    with pytest.raises(InputError) as caught:
        rfm_from_csv(workbook(rows), as_of=AS_OF)
    assert "row 4" in caught.value.messages("en")[0] and "Bedrag" in caught.value.messages("en")[0]
    damaged = workbook(DUTCH_ROWS)[:2_000]  # cut off in the upload
    with pytest.raises(InputError) as caught:
        rfm_from_csv(damaged, as_of=AS_OF)
    assert "the Excel workbook cannot be read" in caught.value.messages("en")[0]
    assert "de Excel-werkmap is niet te lezen" in caught.value.messages("nl")[0]


@pytest.mark.parametrize(
    "data",
    [b"\x00\x01\x02binary\x00\n\x00", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00"],
    ids=["nul-bytes", "a-png"],
)
def test_a_file_that_is_no_text_is_refused_in_words(data: bytes) -> None:
    with pytest.raises(InputError) as caught:
        rfm_from_csv(data)
    assert "neither text (CSV) nor an Excel workbook" in caught.value.messages("en")[0]


def test_old_mac_line_ends_read_as_lines() -> None:
    result = rfm_from_csv(DUTCH.replace("\r\n", "\r").encode("utf-8"), as_of=AS_OF)
    assert_customers(result.customers, expected_customers())


def test_the_command_line_scores_a_workbook(tmp_path: object) -> None:
    import json
    from pathlib import Path

    from cli_runner import run_ccx

    path = Path(str(tmp_path)) / "klanten.xlsx"
    path.write_bytes(workbook(DUTCH_ROWS))
    code, out, _ = run_ccx("rfm", str(path), "--as-of", AS_OF.isoformat(), "--json")
    assert code == 0
    ids = [c["customer_id"] for c in json.loads(out)["customers"]]
    assert ids == ["00017", "00042", "00099"]

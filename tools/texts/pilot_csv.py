"""A pilot's weekly results as CSV (issue 14)."""

TEXTS = {
    # "csv.pilot_columns" became "csv.pilot_columns_named" (tools/texts/review_fixes.py).
    "csv.pilot_group": (
        "the group must be pilot or control",
        "de groep moet pilot of controle zijn",
    ),
    "pilot.upload": ("Weekly results from a file (CSV)", "Weekresultaten uit een bestand (CSV)"),
    "pilot.upload_help": (
        "Columns group (pilot or control), week, offers, sales and, where measured, "
        "cancellations, aht_seconds, fcr_percent and nps (Dutch: groep, week, "
        "aanbiedingen, verkopen, annuleringen, gesprekstijd_seconden, fcr_procent, nps). "
        "The file replaces the table's results.",
        "Kolommen groep (pilot of controle), week, aanbiedingen, verkopen en, waar gemeten, "
        "annuleringen, gesprekstijd_seconden, fcr_procent en nps (Engels: group, week, "
        "offers, sales, cancellations, aht_seconds, fcr_percent, nps). Het bestand vervangt "
        "de resultaten in de tabel.",
    ),
    "pilot.download": ("Results as CSV", "Resultaten als CSV"),
    "pilot.uploaded": (
        "{weeks} weeks of results read from {file}.",
        "{weeks} weken resultaten gelezen uit {file}.",
    ),
}

TEXTS |= {"csv.row": ("row {row}", "rij {row}")}

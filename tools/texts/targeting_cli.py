"""Issue 14's CLI: ccx rfm, pilot-size, pilot-evaluate."""

TEXTS = {
    "cli.as_of_not_date": (
        "'{date}' is not a date written yyyy-mm-dd",
        "'{date}' is geen datum in de vorm jjjj-mm-dd",
    ),
    "cli.not_a_number": ("'{text}' is not a number", "'{text}' is geen getal"),
}

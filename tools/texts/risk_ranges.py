"""Ranges on assumptions (issue 12): the rules a range must keep, and the risk CLI."""

TEXTS = {
    "rule.range_unknown_path": (
        "ranges: {path} is not a field of a scenario",
        "ranges: {path} is geen veld van een scenario",
    ),
    "rule.range_not_a_number": (
        "ranges: {path} is not a number a range can vary",
        "ranges: {path} is geen getal dat een bandbreedte kan variëren",
    ),
    "rule.range_order": (
        "ranges: {path} needs low ≤ the scenario's value ≤ high (found {low}, {value}, {high})",
        "ranges: {path} vraagt laag ≤ de waarde van het scenario ≤ hoog "
        "(gevonden {low}, {value}, {high})",
    ),
    "rule.range_outside": (
        "ranges: {path} must stay inside its allowed values ({low} to {high})",
        "ranges: {path} moet binnen de toegestane waarden blijven ({low} tot en met {high})",
    ),
    "rule.range_twice": (
        "ranges: {path} is given twice",
        "ranges: {path} staat er twee keer in",
    ),
    "rule.range_too_many": (
        "ranges: {count} ranges; at most {most} are allowed",
        "ranges: {count} bandbreedtes; maximaal {most} toegestaan",
    ),
}

"""Rules of a scenario's targeting section (issue 14)."""

TEXTS = {
    "rule.targeting_no_segments": (
        "targeting: choose at least one segment (or remove the targeting section)",
        "targeting: kies minstens één segment (of verwijder de sectie targeting)",
    ),
    "rule.targeting_customers_above_scored": (
        "targeting: segment {segment} has more customers than the {scored} scored",
        "targeting: segment {segment} heeft meer klanten dan de {scored} gescoorde",
    ),
}

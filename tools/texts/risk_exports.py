"""Texts of the risk charts, the board pack's Risk slides and the workbook's Risk sheet
(issue 12): ``python -m tools.set_texts tools/texts/risk_exports.py``."""

TEXTS = {
    "export.msg.npv_spread_median": (
        "NPV {p10} to {p90} in 8 of 10 draws (median {p50}); {chance}",
        "NPV {p10} tot {p90} in 8 van de 10 trekkingen (mediaan {p50}); {chance}",
    ),
    "risk.positive_in_all": (
        "positive in all {draws} draws",
        "positief in alle {draws} trekkingen",
    ),
    "risk.negative_in_all": (
        "negative in all {draws} draws",
        "negatief in alle {draws} trekkingen",
    ),
    "risk.positive_chance": ("{chance} chance it is positive", "{chance} kans dat ze positief is"),
    "deck.believe.above": (
        "The NPV stays positive as long as {field} stays above {value} (plan {plan}).",
        "De NPV blijft positief zolang {field} boven {value} blijft (plan {plan}).",
    ),
    "deck.believe.below": (
        "The NPV stays positive as long as {field} stays below {value} (plan {plan}).",
        "De NPV blijft positief zolang {field} onder {value} blijft (plan {plan}).",
    ),
    "deck.believe.others_positive": (
        "Each of the other {count} keeps it positive anywhere in its allowed values, every "
        "other assumption as planned.",
        "Elk van de andere {count} houdt haar positief bij elke toegestane waarde, alle "
        "andere aannames volgens plan.",
    ),
    # Replaces "NPV > 0 throughout" (throughout what?): the search runs over the field's
    # allowed values, not only over its range.
    "risk.cell.always_positive": (
        "NPV > 0 at any allowed value",
        "NPV > 0 bij elke toegestane waarde",
    ),
    "risk.cell.always_negative": (
        "NPV < 0 at any allowed value",
        "NPV < 0 bij elke toegestane waarde",
    ),
    "deck.appendix_ranges": (
        "Ranges (for the Risk slides)",
        "Bandbreedtes (voor de risicodia's)",
    ),
    "deck.range_note": (
        "Drawn {distribution}, the plan ({plan}) the most likely value",
        "Getrokken {distribution}, het plan ({plan}) als meest waarschijnlijke waarde",
    ),
    "deck.range_note.uniform": (
        "Drawn uniform: every value in the range alike",
        "Uniform getrokken: elke waarde in de bandbreedte even vaak",
    ),
    "xlsx.risk.searched_low": ("Allowed values from", "Toegestane waarden vanaf"),
    "xlsx.risk.searched_high": ("Allowed values to", "Toegestane waarden tot"),
}

REMOVE = ["export.msg.npv_spread"]

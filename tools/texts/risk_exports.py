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
}

REMOVE = ["export.msg.npv_spread"]

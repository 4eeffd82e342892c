"""A tile label that fits at 1280 pixels, four tiles a row (issue 13: no truncation)."""

TEXTS = {
    "kpi.saving_per_10_points": ("Saving, 10 pts less attrition", "Besparing −10 pnt verloop"),
}

# Labels a browser test found cut off at 1280 pixels (tests/browser/test_no_truncation.py).
TEXTS |= {
    "kpi.workload": ("Weekly workload (Erlang-h)", "Werklast (Erlang-uur/week)"),
    "kpi.avoidable_cost": ("Avoidable cost per year", "Vermijdbare kosten/jaar"),
    "kpi.avoidable_cost_share": ("Avoidable share of the cost", "Vermijdbaar kostendeel"),
    "kpi.cut_saving": ("Saving of the cuts per year", "Besparing ingrepen/jaar"),
    "kpi.cost_of_poor_service": ("Cost of poor service per year", "Kosten slechte service/jaar"),
}

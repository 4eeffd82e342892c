"""The busiest interval's slide says what sets its agents (issue 15: say what binds)."""

TEXTS = {
    "export.msg.curve_occupancy": (
        "Busiest interval ({when}): {agents} agents; the {cap} occupancy cap binds, the "
        "{target} target alone needs {alone}",
        "Drukste interval ({when}): {agents} agents; de bezettingsgrens van {cap} bepaalt "
        "het aantal, de norm van {target} alleen vraagt {alone}",
    ),
    "export.msg.curve_abandonment": (
        "Busiest interval ({when}): {agents} agents; the limit of {limit} hanging up binds, "
        "the {target} target alone needs {alone}",
        "Drukste interval ({when}): {agents} agents; de grens van {limit} ophangers bepaalt "
        "het aantal, de norm van {target} alleen vraagt {alone}",
    ),
}

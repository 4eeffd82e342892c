"""Dutch a Dutch director accepts: phrases a native reader flagged (issue 13)."""

TEXTS = {
    "os.caption": (
        "The provider bills the productive hours Erlang C needs for its calls at the same service level (or a price per contact). The customer owner stays in-house (TOTE-M, Giarte and Nyenrode, “Sourcing Customer Management 2009”). Lower resolution at the provider means more repeat calls and more customers lost.",
        "De partner rekent de productieve uren die Erlang C nodig heeft voor zijn gesprekken bij hetzelfde serviceniveau (of een prijs per contact). De klanteigenaar blijft in huis (TOTE-M, Giarte en Nyenrode, “Sourcing Customer Management 2009”). Lost de partner minder op bij het eerste contact, dan betekent dat meer herhaalcontact en meer verloren klanten.",
    ),
    "attrition.reading": (
        "Reading used: {reading}. Attrition goes from {before} to {after}: {avoided} fewer leavers × {per_leaver} = {saving} a year.",
        "Gehanteerde interpretatie: {reading}. Het verloop gaat van {before} naar {after}: {avoided} vertrekkers minder × {per_leaver} = {saving} per jaar.",
    ),
    "os.title": (
        "Outsourcing: in-house against a provider",
        "Uitbesteden: eigen beheer of een partner",
    ),
    "attrition.saving_curve": (
        "Saving against the attrition drop",
        "Besparing bij minder verloop",
    ),
    "staffing.curve_title": (
        "Service level against agents",
        "Serviceniveau bij het aantal agents",
    ),
    "compare.kpi.headcount": (
        "Headcount",
        "Aantal medewerkers",
    ),
    "os.attrition_hint": (
        "Rule of thumb: with attrition of {provider} at the provider against {in_house} in-house, expect about {delta} points of resolution.",
        "Vuistregel: bij {provider} verloop bij de partner en {in_house} in eigen beheer, reken op ongeveer {delta} punten oplossing.",
    ),
    "pilot.cannot_detect": (
        "the pilot needs {weeks} weeks to detect a conversion of {target} against {baseline}, but runs {duration} weeks",
        "de pilot heeft {weeks} weken nodig om een conversie van {target} ten opzichte van {baseline} aan te tonen, maar duurt {duration} weken",
    ),
    "deck.summary_caption": (
        "“{name}” against {baseline}, over {months} months, discounted at {rate} a year.",
        "“{name}” ten opzichte van {baseline}, over {months} maanden, verdisconteerd met {rate} per jaar.",
    ),
}

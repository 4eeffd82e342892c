"""Changed assumptions in words (issue 13)."""

TEXTS = {
    "words.investment": ("Investment “{name}”", "Investering ‘{name}’"),
    "words.reason": ("Contact reason “{name}”", "Contactreden ‘{name}’"),
    "words.cut": ("Cut by “{name}”", "Reductie door ‘{name}’"),
    "words.name": ("Name", "Naam"),
    "words.description": ("Description", "Omschrijving"),
    "words.recommendation": ("Recommendation", "Aanbeveling"),
    "words.ask": ("The ask of the board", "Het verzoek aan de directie"),
    "words.pattern": ("Weekly pattern of calls", "Weekpatroon van de gesprekken"),
    "words.business_case": ("Business case", "Business case"),
    "words.failure_demand": ("Failure demand", "Faalvraag"),
    "words.before": ("as before", "zoals eerst"),
    "words.changed": ("changed", "gewijzigd"),
}
TEXTS.update(
    {
        "words.one_off": ("{amount} once", "{amount} eenmalig"),
        "words.per_month": ("{amount} a month", "{amount} per maand"),
    }
)

"""The scenario as a document (issue 13)."""

TEXTS = {
    "doc.title": (
        "This scenario: name and words for the board",
        "Dit scenario: naam en tekst voor de directie",
    ),
    "doc.recommendation_help": (
        "Opens the board pack's executive summary. Left empty, ccx writes one from the figures.",
        "Opent de managementsamenvatting van het directiepakket. Leeg laten: ccx schrijft er een op basis van de cijfers.",
    ),
    "doc.ask_help": (
        "What you ask the board to decide, e.g. the budget and the go-ahead for a pilot.",
        "Wat u de directie vraagt te besluiten, bijvoorbeeld het budget en groen licht voor een pilot.",
    ),
    "doc.unsaved": ("**Unsaved changes:** {count}", "**Niet-opgeslagen wijzigingen:** {count}"),
    "doc.as_opened": ("No changes since it was opened.", "Geen wijzigingen sinds het openen."),
    "doc.undo": ("Undo", "Ongedaan maken"),
    "doc.undo_help": (
        "Undo the last change (up to 20 back).",
        "De laatste wijziging ongedaan maken (tot 20 terug).",
    ),
    "doc.what_changed": (
        "What changed since it was opened",
        "Wat er sinds het openen is gewijzigd",
    ),
    "field.name": ("Name", "Naam"),
    "field.description": ("Description", "Omschrijving"),
    "field.business_case.recommendation": ("Recommendation", "Aanbeveling"),
    "field.business_case.ask": ("The ask of the board", "Het verzoek aan de directie"),
}

"""No lost work (issue 13)."""

TEXTS = {
    "draft.restored": (
        "Your unsaved work was restored as you left it. Save it to keep it for good, or pick a scenario to start again.",
        "Uw niet-opgeslagen werk is hersteld zoals u het achterliet. Sla het op om het te bewaren, of kies een scenario om opnieuw te beginnen.",
    ),
}

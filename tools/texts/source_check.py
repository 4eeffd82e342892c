"""The attrition page's check against the source article, under a key that says what it
is (moved here from sources.py; its texts unchanged)."""

TEXTS = {
    "attrition.source_check": (
        "Ziptone, “In vijf stappen van costcenter naar profitcenter” says roughly EUR 100,000 a year for every 10% less attrition (250 agents, 3 weeks of training). This model, read as 10 percentage points: {saving}.",
        "Ziptone, “In vijf stappen van costcenter naar profitcenter” noemt ruwweg EUR 100.000 per jaar voor iedere 10% minder verloop (250 medewerkers, 3 weken opleiding). Dit model, gelezen als 10 procentpunt: {saving}.",
    ),
}
REMOVE = ["attrition.seed_check"]

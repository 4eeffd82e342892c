"""Texts of the director's path (issue 13)."""

TEXTS = {
    "journey.cost": ("1 · What the centre costs", "1 · Wat het centrum kost"),
    "journey.cost.why": (
        "Start from the centre as it is today: the cost of staffing the calls, of attrition and of contacts that should never have happened.",
        "Begin bij het centrum zoals het nu is: de kosten van de bezetting, van verloop en van contacten die er nooit hadden moeten zijn.",
    ),
    "journey.value": ("2 · What service is worth", "2 · Wat service waard is"),
    "journey.value.why": (
        "Poor service costs customers and repeat contacts; channels and a partner change both cost and value.",
        "Slechte service kost klanten en herhaalcontacten; kanalen en een partner veranderen zowel de kosten als de waarde.",
    ),
    "journey.profit": ("3 · What it could earn", "3 · Wat het kan opbrengen"),
    "journey.profit.why": (
        "Retention, cross- and upselling and outbound turn contacts into margin — after the extra handle time they cost.",
        "Behoud, cross- en upselling en outbound maken van contacten marge — na de extra gesprekstijd die ze kosten.",
    ),
    "journey.decision": ("4 · The decision", "4 · Het besluit"),
    "journey.decision.why": (
        "The business case month by month, scenarios side by side, and the board pack to take to the board.",
        "De business case per maand, scenario's naast elkaar en het directiepakket voor de directie.",
    ),
    "journey.title": (
        "Your path from cost centre to profit centre",
        "Uw route van costcenter naar profitcenter",
    ),
    "journey.intro": (
        "Follow the steps from left to right: each page ends with the next one. Change assumptions in the sidebar at any time; every figure follows at once.",
        "Volg de stappen van links naar rechts: elke pagina eindigt met de volgende. Wijzig aannames in de zijbalk wanneer u wilt; elk cijfer volgt direct.",
    ),
    "journey.next": ("Next: {page} ({step})", "Volgende: {page} ({step})"),
    "journey.end": (
        "This is the last step: download the board pack and the workbook from the Business case page.",
        "Dit is de laatste stap: download het directiepakket en de werkmap op de pagina Business case.",
    ),
}

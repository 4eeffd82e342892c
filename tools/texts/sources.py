"""Sources cited by publisher and title, never by a file number (issue 13)."""

TEXTS = {
    "explain.saving_per_10_points": (
        "10 percentage points × headcount {headcount} × cost per leaver {per_leaver} (Ziptone, “In vijf stappen van costcenter naar profitcenter”: roughly EUR 100,000).",
        "10 procentpunt × aantal medewerkers {headcount} × kosten per vertrekker {per_leaver} (Ziptone, “In vijf stappen van costcenter naar profitcenter”: ruwweg EUR 100.000).",
    ),
    "fd.caption": (
        "Each reason's share of the channel's cost follows its workload (contacts × handle time); the channel's cost comes from the Erlang C staffing. Not a cash charge-back: a view of who causes which cost (Klantcontact.nl, “‘Van cost center naar profit center’. Klopt dat wel?”; Ziptone, “Wat zit er in het afvoerputje?”).",
        "Het aandeel van elke reden in de kosten van het kanaal volgt de werklast (contacten × afhandeltijd); de kosten van het kanaal komen uit de Erlang C-planning. Geen interne verrekening: inzicht in wie welke kosten veroorzaakt (Klantcontact.nl, “‘Van cost center naar profit center’. Klopt dat wel?”; Ziptone, “Wat zit er in het afvoerputje?”).",
    ),
    "help.attrition.initial_training_weeks": (
        "Weeks of initial training (Ziptone, “In vijf stappen van costcenter naar profitcenter”: 3 weeks full-time).",
        "Weken initiële opleiding (Ziptone, “In vijf stappen van costcenter naar profitcenter”: 3 weken voltijd).",
    ),
    "help.attrition.training_hours_per_week": (
        "Paid training hours per week (full-time: Ziptone, “In vijf stappen van costcenter naar profitcenter”).",
        "Betaalde opleidingsuren per week (voltijd: Ziptone, “In vijf stappen van costcenter naar profitcenter”).",
    ),
    "help.channels.chatbot.cost_per_conversation_eur": (
        "Usage cost per conversation (GenAI model and licence fees), paid for every conversation, contained or not. Default EUR 0.40: a structural cost per conversation (Ziptone, “Wat zit er in het afvoerputje?”).",
        "Structurele kosten per gesprek (GenAI), of de bot het nu oplost of niet.",
    ),
    "help.demand.aht_seconds": (
        "Average handle time per call in seconds: talk + hold + after-call work. Default 205 s: calibrated so the baseline needs the 250 agents in Ziptone, “In vijf stappen van costcenter naar profitcenter”.",
        "Gemiddelde afhandeltijd per gesprek in seconden: gesprek + wacht + nawerk. Standaard 205 s: zo gekozen dat de basis de 250 agents uit Ziptone, “In vijf stappen van costcenter naar profitcenter” nodig heeft.",
    ),
    "help.demand.calls_per_month": (
        "Inbound calls offered per month (Ziptone, “In vijf stappen van costcenter naar profitcenter”: 330,000).",
        "Aangeboden inkomende gesprekken per maand (Ziptone, “In vijf stappen van costcenter naar profitcenter”: 330.000).",
    ),
    "help.outsourcing.retained_management_fte": (
        "FTE kept in-house to own customer contact: the customer owner (CCO) and vendor managers. At least 1: someone must know what happens to your customers (TOTE-M, Giarte and Nyenrode, “Sourcing Customer Management 2009”).",
        "De klanteigenaar (CCO) en regisseurs blijven in huis (TOTE-M, Giarte en Nyenrode, “Sourcing Customer Management 2009”).",
    ),
    "os.caption": (
        "The provider bills the productive hours Erlang C needs for its calls at the same service level (or a price per contact). The customer owner stays in-house (TOTE-M, Giarte and Nyenrode, “Sourcing Customer Management 2009”). Lower resolution at the provider means more repeat calls and more customers lost.",
        "De partner rekent de productieve uren die Erlang C nodig heeft voor zijn gesprekken bij hetzelfde serviceniveau (of een prijs per contact). De klanteigenaar blijft in huis (TOTE-M, Giarte en Nyenrode, “Sourcing Customer Management 2009”). Lagere oplossing bij de partner betekent meer herhaalcontact en meer verloren klanten.",
    ),
}

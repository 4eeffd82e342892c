"""Callers who hang up (issue 15): Erlang A in the CLI, the app and the service-level curve."""

TEXTS = {
    "cli.max_abandon_needs_patience": (
        "--max-abandon needs --patience-seconds: without a patience nobody hangs up (Erlang C)",
        "--max-abandon vraagt --patience-seconds: zonder geduld hangt niemand op (Erlang C)",
    ),
    "rule.curve_needs_patience": (
        "the service-level curve needs the callers' average patience (e.g. 120 s, or "
        "--patience-seconds): without it nobody hangs up and every lower target is cheaper",
        "de curve van het serviceniveau vraagt het gemiddelde geduld van bellers (bijv. 120 s, "
        "of --patience-seconds): zonder geduld hangt niemand op en is elk lager doel goedkoper",
    ),
    "optional.service.max_occupancy": ("Cap occupancy", "Bezettingsgraad begrenzen"),
    "optional.service.average_patience_seconds": (
        "Callers hang up (Erlang A)",
        "Bellers hangen op (Erlang A)",
    ),
    "optional.service.max_abandonment": (
        "Limit the share hanging up",
        "Aandeel ophangers begrenzen",
    ),
    "field.service.average_patience_seconds": (
        "Average patience of callers (s)",
        "Gemiddeld geduld van bellers (s)",
    ),
    "field.service.max_abandonment": (
        "Highest share hanging up (%)",
        "Hoogste aandeel ophangers (%)",
    ),
    "field.service.abandon_callback_share": (
        "Callers who hang up and call again (%)",
        "Ophangers die opnieuw bellen (%)",
    ),
    "field.service.abandon_churn_share": (
        "Callers who hang up and are lost (%)",
        "Ophangers die als klant verloren gaan (%)",
    ),
    "help.service.average_patience_seconds": (
        "",
        "Gemiddelde tijd die een beller wacht voor hij ophangt, in seconden; leeg voor "
        "Erlang C (niemand hangt op). Lees het uit uw telefooncentrale: de wachttijd van "
        "opgehangen gesprekken ÷ het aandeel opgehangen is een gangbare schatting.",
    ),
    "help.service.max_abandonment": (
        "",
        "Hoogste aandeel gesprekken dat mag ophangen (met een geduld); leeg voor geen grens.",
    ),
    "help.service.abandon_callback_share": (
        "",
        "Aandeel bellers dat ophangt en opnieuw belt (een planningsaanname, geen "
        "gepubliceerd cijfer: lees het uit uw rapport van herhaalbellers). Zij worden als "
        "extra gesprekken ingeroosterd.",
    ),
    "help.service.abandon_churn_share": (
        "",
        "Aandeel bellers dat ophangt en als klant verloren gaat (een planningsaanname: "
        "vergelijk het verloop van klanten van wie het gesprek werd opgehangen). Elk kost "
        "de maanden marge die verloop kost (kwaliteit).",
    ),
    "kpi.abandonment": ("Calls hanging up", "Opgehangen gesprekken"),
    "explain.abandonment": (
        "Erlang A with callers' average patience of {patience}: the share of all offered "
        "calls that hang up before an agent answers ({abandoned} calls a year; {callbacks} "
        "of them call again and are staffed).",
        "Erlang A met een gemiddeld geduld van {patience}: het aandeel van alle aangeboden "
        "gesprekken dat ophangt voor een agent opneemt ({abandoned} gesprekken per jaar; "
        "{callbacks} daarvan bellen opnieuw en worden ingeroosterd).",
    ),
    "kpi.customers_lost_to_hang_ups": (
        "Customers lost to hang-ups",
        "Klanten verloren door ophangen",
    ),
    "explain.customers_lost_to_hang_ups": (
        "{abandoned} calls a year hang up × {share} lost as customers; each costs the "
        "months of margin lost to churn.",
        "{abandoned} opgehangen gesprekken per jaar × {share} als klant verloren; elk kost "
        "de maanden marge die verloop kost.",
    ),
    "staffing.binds.cap": (
        "{peak} agents at the peak: the {cap} occupancy cap sets the agents in {capped} of "
        "{open} open intervals; the {target} target alone would need {alone} at the peak.",
        "{peak} agents op het drukste moment: de grens van {cap} bezetting bepaalt het "
        "aantal agents in {capped} van {open} open intervallen; het doel van {target} alleen "
        "zou op het drukste moment {alone} vragen.",
    ),
    "staffing.binds.target": (
        "{peak} agents at the peak: the {target} target sets the agents in every open interval.",
        "{peak} agents op het drukste moment: het doel van {target} bepaalt het aantal "
        "agents in elk open interval.",
    ),
    "staffing.binds.abandonment": (
        " The limit on hanging up sets them in {count} intervals.",
        " De grens op ophangen bepaalt ze in {count} intervallen.",
    ),
    "staffing.aht_mismatch": (
        "The staffing handle time ({staffing}) differs {difference} from the contact "
        "reasons' weighted handle time ({reasons}).",
        "De afhandeltijd voor de bezetting ({staffing}) wijkt {difference} af van de "
        "gewogen afhandeltijd van de contactredenen ({reasons}).",
    ),
    "staffing.use_reasons_aht": (
        "Use the reasons' handle time ({reasons})",
        "Gebruik de afhandeltijd van de redenen ({reasons})",
    ),
    "service.part.people": ("People", "Mensen"),
    "service.part.lost": ("Customers lost to hang-ups", "Klanten verloren door ophangen"),
    "service.axis.target": ("Service-level target", "Doel voor het serviceniveau"),
    "service.axis.cost": ("Cost per year (EUR)", "Kosten per jaar (EUR)"),
    "service.subtitle": (
        "People (wages, team leaders, overhead, software, leavers) and the margin of "
        "customers lost to hang-ups, per year; callers' patience {patience} s",
        "Mensen (loon, teamleiders, overhead, software, verloop) en de marge van klanten "
        "verloren door ophangen, per jaar; geduld van bellers {patience} s",
    ),
    "service.message": (
        "The service level that pays: {target} costs least, {total} a year",
        "Het serviceniveau dat loont: {target} kost het minst, {total} per jaar",
    ),
    "service.title": ("The service level that pays", "Het serviceniveau dat loont"),
    "service.caption": (
        "Each target again through the whole model (Erlang A, callers who call again "
        "staffed, the occupancy cap kept): a higher target needs more people and loses "
        "fewer customers.",
        "Elk doel opnieuw door het hele model (Erlang A, wie opnieuw belt ingeroosterd, de "
        "grens op bezetting behouden): een hoger doel vraagt meer mensen en verliest minder "
        "klanten.",
    ),
    "service.cheapest": ("cheapest", "goedkoopst"),
    "xlsx.sheet.service_curve": ("Service level that pays", "Serviceniveau dat loont"),
    "xlsx.service.reached": ("Service level reached", "Bereikt serviceniveau"),
    "xlsx.service.cheapest": ("Cheapest", "Goedkoopst"),
    "xlsx.service.cheapest_mark": ("cheapest", "goedkoopst"),
}

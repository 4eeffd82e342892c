"""The names, descriptions and investments of ccx's bundled scenarios, in both
languages. The English is the text as ``scenarios/*.yaml`` hold it, letter for letter:
``ccx_model.bundled_names`` finds a bundled text by that English."""

TEXTS = {
    "bundled.scenario.baseline": ("Baseline", "Uitgangssituatie"),
    "bundled.scenario.failure_demand_halved": (
        "Failure demand halved",
        "Vermijdbaar contact gehalveerd",
    ),
    "bundled.scenario.outsourced": ("Outsourced", "Uitbesteed"),
    "bundled.scenario.pilot": ("Pilot: cross-sell in one team", "Pilot: cross-sell in één team"),
    "bundled.scenario.profit_centre": ("Full profit centre", "Volledig profitcenter"),
    "bundled.description.baseline": (
        "Today's centre as a cost centre: 250 agents, 330,000 inbound calls a month, 80% "
        "of calls answered within 20 seconds.",
        "Het centrum van vandaag als costcenter: 250 medewerkers, 330.000 inkomende "
        "gesprekken per maand, 80% van de gesprekken binnen 20 seconden beantwoord.",
    ),
    "bundled.description.failure_demand_halved": (
        "The polluter pays: every department that causes avoidable contacts fixes half of "
        "its cause. Logistics sends proactive track-and-trace messages, Billing rewrites its "
        "invoices, IT fixes the log-in flow, Marketing tests its promotion terms with the "
        "centre, and the carrier contract gets a delivery-time SLA.",
        "De vervuiler betaalt: elke afdeling die vermijdbaar contact veroorzaakt, neemt de "
        "helft van de oorzaak weg. Logistiek stuurt proactief track-and-traceberichten, "
        "Facturatie herschrijft haar facturen, IT repareert het inloggen, Marketing test "
        "haar actievoorwaarden met het centrum, en het vervoerderscontract krijgt een SLA "
        "op levertijd.",
    ),
    "bundled.description.outsourced": (
        "All inbound phone calls go to an outsourcing provider at EUR 32 per productive "
        "hour. The customer owner (a CCO with real authority) and two vendor managers stay "
        "in-house, with quality monitoring. The provider resolves 3 points fewer issues at "
        "the first contact (its attrition runs at 60% a year against 30% in-house), so "
        "repeats and lost customers rise. A 4-month transition in which the in-house team "
        "keeps running; then the team leaves (redundancy paid) and half of its overhead "
        "(leases) runs on.",
        "Alle inkomende telefoongesprekken gaan naar een uitbestedingspartner tegen € 32 "
        "per productief uur. De klanteigenaar (een CCO met echte zeggenschap) en twee "
        "leveranciersmanagers blijven in huis, met kwaliteitsmonitoring. De partner lost 3 "
        "punten minder vragen op bij het eerste contact (zijn verloop is 60% per jaar "
        "tegen 30% in huis), dus herhaalcontact en verloren klanten nemen toe. Een "
        "overgang van 4 maanden waarin het eigen team doorwerkt; daarna vertrekt het team "
        "(ontslagvergoeding betaald) en loopt de helft van de overhead (huur) door.",
    ),
    "bundled.description.pilot": (
        "A 6-month pilot: one team of about 20 of the 250 agents (8% of the calls) offers "
        "one product on service calls where the customer gave consent. The business case "
        "covers the pilot's 6 months; in month 6 the centre scales up or stops against the "
        "success criteria written down before the start.",
        "Een pilot van 6 maanden: één team van ongeveer 20 van de 250 medewerkers (8% van "
        "de gesprekken) biedt één product aan in servicegesprekken waarin de klant "
        "toestemming gaf. De businesscase beslaat de 6 maanden van de pilot; in maand 6 "
        "schaalt het centrum op of stopt het, getoetst aan de succescriteria die vóór de "
        "start zijn vastgelegd.",
    ),
    "bundled.description.profit_centre": (
        "The whole centre takes a commercial role: better first-contact resolution from "
        "month 1 (over 9 months), a retention desk and cross-sell on eligible service calls "
        "from month 4 (after three months of training and set-up), and outbound campaigns "
        "from month 7. Investments are made now; licences and coaching run every month.",
        "Het hele centrum krijgt een commerciële rol: betere oplossing bij het eerste "
        "contact vanaf maand 1 (in 9 maanden), een retentieteam en cross-sell in geschikte "
        "servicegesprekken vanaf maand 4 (na drie maanden training en inrichting), en "
        "outboundcampagnes vanaf maand 7. De investeringen gebeuren nu; licenties en "
        "coaching lopen elke maand door.",
    ),
    "bundled.investment.pilot_training": (
        "Sales training for the pilot team (2 days x 20 agents)",
        "Verkooptraining voor het pilotteam (2 dagen x 20 medewerkers)",
    ),
    "bundled.investment.pilot_legal": (
        "Legal check of scripts and consent (telemarketing code, GDPR)",
        "Juridische toets van scripts en toestemming (telemarketingcode, AVG)",
    ),
    "bundled.investment.coaching": (
        "Coaching and quality monitoring",
        "Coaching en kwaliteitsmonitoring",
    ),
    "bundled.investment.commercial_training": (
        "Commercial training for all agents and team leaders",
        "Commerciële training voor alle medewerkers en teamleiders",
    ),
    "bundled.investment.campaign_software": (
        "Campaign software and dialler set-up",
        "Campagnesoftware en inrichting van de dialer",
    ),
    "bundled.investment.project_team": ("Project team (6 months)", "Projectteam (6 maanden)"),
    "bundled.investment.legal_check": (
        "Legal check (telemarketing code, GDPR, withdrawal)",
        "Juridische toets (telemarketingcode, AVG, herroeping)",
    ),
    "bundled.investment.nbo_licences": (
        "Next-best-offer licences",
        "Licenties voor next-best-offer",
    ),
    "bundled.investment.sales_coaching": (
        "Sales coaching and quality monitoring",
        "Verkoopcoaching en kwaliteitsmonitoring",
    ),
}

TEXTS["bundled.note.pilot"] = (
    "Service level stays at 80% within 20 s in the pilot team. Cumulative net result of the "
    "pilot at least EUR 0 by month 6: then scale up to all teams; otherwise stop.",
    "Het serviceniveau blijft 80% binnen 20 s in het pilotteam. Cumulatief nettoresultaat van "
    "de pilot in maand 6 minstens €\u00a00: dan opschalen naar alle teams; anders stoppen.",
)

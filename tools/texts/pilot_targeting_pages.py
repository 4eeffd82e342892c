"""The Targeting and Pilot pages (issue 14)."""

SOURCE = "Ziptone, \u201cIn vijf stappen van costcenter naar profitcenter\u201d"

TEXTS = {
    "page.targeting": ("Targeting", "Doelgroepen"),
    "page.pilot": ("Pilot", "Pilot"),
    # Targeting
    "targeting.title": ("Whom to offer to", "Aan wie bieden we aan"),
    "targeting.intro": (
        f"Step 1 of {SOURCE}: find the customers where value can be created. Upload the "
        "customer base (transactions, or one row per customer); ccx scores each customer on "
        "recency, frequency and monetary value (1–5, quintiles, 5 = best) and names the "
        "segment. The file stays in this browser session's memory: it is never saved, and "
        "the scenario keeps only the figures of the segments you choose.",
        f"Stap 1 van {SOURCE}: vind de klanten bij wie waarde te halen is. Laad het "
        "klantenbestand (transacties, of één regel per klant); ccx scoort elke klant op "
        "recentheid, frequentie en geldwaarde (1–5, kwintielen, 5 = best) en benoemt het "
        "segment. Het bestand blijft in het geheugen van deze browsersessie: het wordt "
        "nergens opgeslagen, en het scenario bewaart alleen de cijfers van de segmenten die "
        "u kiest.",
    ),
    "targeting.as_of": ("Scores as of", "Scores per"),
    "targeting.as_of_help": (
        "Recency is counted in days before this date. Empty: the day after the file's latest date.",
        "Recentheid telt in dagen vóór deze datum. Leeg: de dag na de laatste datum in het "
        "bestand.",
    ),
    "targeting.reading": ("Reading the customer file…", "Het klantenbestand lezen…"),
    "targeting.scoring": ("Scoring the customers…", "De klanten scoren…"),
    "targeting.columns": ("Columns read", "Gelezen kolommen"),
    "targeting.columns_help": (
        "The first rows of the file, and which column is read as what. Change one if it was recognised wrongly.",
        "De eerste rijen van het bestand, en welke kolom als wat wordt gelezen. Wijzig er een als die verkeerd "
        "is herkend.",
    ),
    "targeting.detected": ("as recognised: {header}", "zoals herkend: {header}"),
    "targeting.field.customer_id": ("Customer id", "Klantnummer"),
    "targeting.field.date": ("Purchase date", "Aankoopdatum"),
    "targeting.field.amount": ("Amount (EUR)", "Bedrag (EUR)"),
    "targeting.field.last_purchase": ("Last purchase", "Laatste aankoop"),
    "targeting.field.purchases": ("Number of purchases", "Aantal aankopen"),
    "targeting.field.total_spend": ("Total spend (EUR)", "Totaal besteed (EUR)"),
    "targeting.field.consent": ("Consent", "Toestemming"),
    "targeting.field.segment": ("Own segment", "Eigen segment"),
    "targeting.field.response": ("Response to an earlier offer", "Reactie op eerder aanbod"),
    "targeting.scored": (
        "{customers} customers scored as of {as_of}.",
        "{customers} klanten gescoord per {as_of}.",
    ),
    "targeting.axis.recency": (
        "Recency score (5 = most recent)",
        "Recentheidsscore (5 = meest recent)",
    ),
    "targeting.axis.frequency": (
        "Frequency score (5 = most often)",
        "Frequentiescore (5 = vaakst)",
    ),
    "targeting.chart.grid": (
        "Customers by recency and frequency",
        "Klanten naar recentheid en frequentie",
    ),
    "targeting.chart.segments": ("Customers per segment", "Klanten per segment"),
    "targeting.segments": ("Segments", "Segmenten"),
    "targeting.choose": ("Segments to target", "Segmenten om op te richten"),
    "targeting.choose_help": (
        "Cross-sell offers go to calls of these customers, and outbound calls them. Those "
        "who bought recently, often and for much are the best candidates.",
        "Cross-sell-aanbiedingen gaan naar gesprekken met deze klanten, en outbound belt "
        "hen. Wie recent, vaak en voor veel kocht, is de beste kandidaat.",
    ),
    "targeting.lift": ("Lift where not measured", "Lift waar niet gemeten"),
    "targeting.lift_help": (
        "How many times the average conversion you expect from a chosen segment whose "
        "response the file did not measure (1 = no better than average).",
        "Hoeveel keer de gemiddelde conversie u verwacht van een gekozen segment waarvan het "
        "bestand de reactie niet mat (1 = niet beter dan gemiddeld).",
    ),
    "targeting.customer_base": ("Customers in the whole base", "Klanten in het hele bestand"),
    "targeting.customer_base_help": (
        "For outbound: its call list is this many customers × the chosen segments' share. "
        "0: outbound keeps its entered list size.",
        "Voor outbound: de bellijst is zoveel klanten × het aandeel van de gekozen "
        "segmenten. 0: outbound houdt de ingevulde lijstgrootte.",
    ),
    "targeting.apply": ("Target these segments", "Richt op deze segmenten"),
    "targeting.none": (
        "No customer file yet, and this scenario targets no segments: cross-sell and "
        "outbound use their figures as entered.",
        "Nog geen klantenbestand, en dit scenario richt zich niet op segmenten: cross-sell "
        "en outbound gebruiken de ingevulde cijfers.",
    ),
    "targeting.in_scenario": ("Targeting in this scenario", "Doelgroep in dit scenario"),
    "targeting.levers_off": (
        "Cross-sell and outbound are both off: targeting changes nothing until one is on "
        "(Profit centre page).",
        "Cross-sell en outbound staan allebei uit: de doelgroep verandert niets tot er één "
        "aan staat (pagina Profitcenter).",
    ),
    "targeting.stop": ("Stop targeting", "Stop met richten"),
    # Pilot
    "pilot.title": ("A pilot that decides itself", "Een pilot die zelf beslist"),
    "pilot.intro": (
        f"Steps 2 and 5 of {SOURCE}: start small, fix beforehand when the pilot has "
        "succeeded, then measure and decide. A pilot scenario's levers describe the pilot "
        "group only.",
        f"Stap 2 en 5 van {SOURCE}: begin klein, leg vooraf vast wanneer de pilot geslaagd "
        "is, meet dan en beslis. De hefbomen van een pilotscenario beschrijven alleen de "
        "pilotgroep.",
    ),
    "pilot.not_a_pilot": (
        "This scenario is not a pilot. Make it one to set its group, duration, control and "
        "success criteria; or open the bundled pilot from the scenario list.",
        "Dit scenario is geen pilot. Maak er een van om de groep, duur, controlegroep en "
        "succescriteria vast te leggen; of open de meegeleverde pilot uit de scenariolijst.",
    ),
    "pilot.make": ("Make this scenario a pilot", "Maak van dit scenario een pilot"),
    "pilot.remove": ("This is not a pilot", "Dit is geen pilot"),
    "pilot.design": ("Design", "Opzet"),
    "pilot.field.group_basis": ("Pilot group is a share of", "Pilotgroep is een aandeel van"),
    "pilot.basis.calls": ("the calls", "de gesprekken"),
    "pilot.basis.agents": ("the agents", "de agents"),
    "pilot.field.group_share": ("Pilot group (%)", "Pilotgroep (%)"),
    "pilot.field.duration_weeks": ("Duration (weeks)", "Duur (weken)"),
    "pilot.field.control": ("Control group", "Controlegroep"),
    "pilot.control_choice.rest_of_centre": ("the rest of the centre", "de rest van het centrum"),
    "pilot.control_choice.held_out": ("a held-out share", "een apart gehouden aandeel"),
    "pilot.field.held_out_share": ("Held-out control (%)", "Apart gehouden controle (%)"),
    "pilot.field.baseline_conversion": (
        "Conversion without the change (%)",
        "Conversie zonder de verandering (%)",
    ),
    "pilot.field.target_conversion": ("Conversion to detect (%)", "Aan te tonen conversie (%)"),
    "pilot.field.power": ("Power (%)", "Onderscheidend vermogen (%)"),
    "pilot.field.confidence": ("Confidence (%)", "Betrouwbaarheid (%)"),
    "pilot.field.note": ("Also agreed (free text)", "Verder afgesproken (vrije tekst)"),
    "pilot.criteria": ("Success criteria, as numbers", "Succescriteria, als getallen"),
    "pilot.criteria_help": (
        "Set before the start. Each is judged on its confidence interval: met when the "
        "whole interval is on the right side, missed when it is wholly on the wrong side, "
        "otherwise not yet decided.",
        "Vooraf vastgelegd. Elk wordt beoordeeld op zijn betrouwbaarheidsinterval: gehaald "
        "als het hele interval aan de goede kant ligt, gemist als het geheel aan de "
        "verkeerde kant ligt, anders nog niet beslist.",
    ),
    "pilot.unit.min_conversion": ("at least (%)", "minimaal (%)"),
    "pilot.unit.min_uplift": ("at least (points)", "minimaal (procentpunten)"),
    "pilot.unit.max_aht_increase_seconds": ("at most (seconds)", "maximaal (seconden)"),
    "pilot.unit.max_fcr_drop_points": ("at most (points)", "maximaal (procentpunten)"),
    "pilot.unit.max_nps_drop_points": ("at most (points)", "maximaal (punten)"),
    "pilot.unit.max_cancellation_rate": ("at most (%)", "maximaal (%)"),
    "pilot.actuals": ("Results, week by week", "Resultaten, week voor week"),
    "pilot.actuals_help": (
        "One row per group and week: offers, sales and cancellations as counts; handle "
        "time in seconds, FCR in percent and NPS where measured. They are saved with the "
        "scenario (totals per week, no customer).",
        "Eén regel per groep en week: aanbiedingen, verkopen en annuleringen als aantallen; "
        "gesprekstijd in seconden, FCR in procenten en NPS waar gemeten. Ze worden met het "
        "scenario bewaard (totalen per week, geen klant).",
    ),
    "pilot.group.pilot": ("pilot", "pilot"),
    "pilot.group.control": ("control", "controle"),
    "pilot.col.group": ("Group", "Groep"),
    "pilot.col.week": ("Week", "Week"),
    "pilot.col.offers": ("Offers", "Aanbiedingen"),
    "pilot.col.sales": ("Sales", "Verkopen"),
    "pilot.col.cancellations": ("Cancelled", "Geannuleerd"),
    "pilot.col.aht": ("Handle time (s)", "Gesprekstijd (s)"),
    "pilot.col.fcr": ("FCR (%)", "FCR (%)"),
    "pilot.col.nps": ("NPS", "NPS"),
    "pilot.result": ("Criteria and decision", "Criteria en besluit"),
    "pilot.uplift": (
        "Conversion {pilot} against {control} in the control: an uplift of {uplift} points "
        "({low} to {high}), p-value {p} (two-sided test of two proportions).",
        "Conversie {pilot} tegenover {control} in de controlegroep: een winst van {uplift} "
        "procentpunten ({low} tot {high}), p-waarde {p} (tweezijdige toets van twee "
        "proporties).",
    ),
    "pilot.scale_up": ("Open the scale-up scenario", "Open het opschalingsscenario"),
    "pilot.scale_up_help": (
        "Every team makes the pilot's offers, with the conversion, cancellations and handle "
        "time the pilot measured; the risk view's ranges are the pilot's confidence "
        "intervals; the horizon is 60 months. Undo returns to the pilot.",
        "Alle teams doen de aanbiedingen van de pilot, met de conversie, annuleringen en "
        "gesprekstijd die de pilot mat; de bandbreedtes van het risicobeeld zijn de "
        "betrouwbaarheidsintervallen van de pilot; de horizon is 60 maanden. Ongedaan maken "
        "brengt de pilot terug.",
    ),
    "pilot.scaled_up": (
        "The scale-up scenario is open, built from the pilot's results. Save it under its "
        "own name; Undo returns to the pilot.",
        "Het opschalingsscenario is geopend, gebouwd uit de resultaten van de pilot. Bewaar "
        "het onder een eigen naam; Ongedaan maken brengt de pilot terug.",
    ),
}

TEXTS |= {
    "kpi.pilot_per_group": ("Offers per group", "Aanbiedingen per groep"),
}

TEXTS |= {
    "profit.targeting_on": (
        "This scenario targets chosen customer segments (Targeting page): cross-sell's "
        "eligible share below now means only the share of their calls where an offer "
        "fits; consent and segment come from the customer file, and both conversions are "
        "multiplied by the segments' lift.",
        "Dit scenario richt zich op gekozen klantsegmenten (pagina Doelgroepen): het "
        "geschikte aandeel voor cross-sell hieronder betekent nu alleen het aandeel van "
        "hun gesprekken waarin een aanbod past; toestemming en segment komen uit het "
        "klantenbestand, en beide conversies worden vermenigvuldigd met de lift van de "
        "segmenten.",
    ),
}

TEXTS |= {
    "customers.bad_workbook": (
        "the Excel workbook cannot be read ({reason}); save it again as .xlsx or as CSV",
        "de Excel-werkmap is niet te lezen ({reason}); sla haar opnieuw op als .xlsx of als CSV",
    ),
    "targeting.upload": ("Customer file (CSV or Excel)", "Klantenbestand (CSV of Excel)"),
    "targeting.upload_help": (
        "Columns: customer id, date, amount (one row per purchase) — or customer id, last "
        "purchase, number of purchases, total spend. Optional: consent (yes/no), segment, "
        "response to an earlier offer (yes/no). Dutch Excel exports (semicolon, decimal "
        "comma, dd-mm-yyyy) are read as they are; of a workbook (.xlsx), the first sheet.",
        "Kolommen: klantnummer, datum, bedrag (één regel per aankoop) — of klantnummer, "
        "laatste aankoop, aantal aankopen, totaal besteed. Optioneel: toestemming (ja/nee), "
        "segment, reactie op een eerder aanbod (ja/nee). Nederlandse Excel-exports "
        "(puntkomma, decimale komma, dd-mm-jjjj) worden gelezen zoals ze zijn; van een "
        "werkmap (.xlsx) het eerste werkblad.",
    ),
}

TEXTS |= {
    "customers.not_text": (
        "the file is neither text (CSV) nor an Excel workbook (.xlsx); export the customer "
        "list as CSV or .xlsx",
        "het bestand is geen tekst (CSV) en geen Excel-werkmap (.xlsx); exporteer de "
        "klantenlijst als CSV of .xlsx",
    ),
}

TEXTS |= {
    "customers.workbook_too_long": (
        "the workbook has more than {rows} rows: save it as CSV (Excel: Save as, CSV), which "
        "reads millions of rows in seconds",
        "de werkmap heeft meer dan {rows} rijen: sla haar op als CSV (Excel: Opslaan als, "
        "CSV), dat leest miljoenen rijen in seconden",
    ),
}

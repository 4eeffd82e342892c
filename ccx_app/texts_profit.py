"""UI strings of the profit-centre, value and business-case pages (English and Dutch)."""

from __future__ import annotations

PROFIT_UI: dict[str, dict[str, str]] = {
    "page.profit": {"en": "Profit centre", "nl": "Profitcenter"},
    "page.value": {"en": "Value", "nl": "Waarde"},
    "page.business_case": {"en": "Business case", "nl": "Businesscase"},
    # Groups
    "group.customers": {"en": "Customers", "nl": "Klanten"},
    "group.retention": {"en": "Retention", "nl": "Retentie"},
    "group.cross_sell": {
        "en": "Cross- and upsell on service calls",
        "nl": "Cross- en upsell op servicegesprekken",
    },
    "group.outbound": {"en": "Outbound campaigns", "nl": "Outboundcampagnes"},
    "group.quality": {"en": "First-contact resolution", "nl": "Oplossing bij eerste contact"},
    "group.charge_back": {"en": "Internal charge-back", "nl": "Interne doorbelasting"},
    "group.business_case": {
        "en": "Horizon and discount rate",
        "nl": "Horizon en disconteringsvoet",
    },
    # Field labels
    "field.customers.margin_eur_per_year": {
        "en": "Margin per customer per year (EUR)",
        "nl": "Marge per klant per jaar (EUR)",
    },
    "field.retention.enabled": {"en": "Run a retention desk", "nl": "Retentieteam inzetten"},
    "field.retention.leave_intent_share": {
        "en": "Calls from customers intending to leave (%)",
        "nl": "Gesprekken van opzeggers (%)",
    },
    "field.retention.save_rate": {"en": "Save rate (%)", "nl": "Behoudpercentage (%)"},
    "field.retention.months_retained": {
        "en": "Extra months a saved customer stays",
        "nl": "Extra maanden dat een behouden klant blijft",
    },
    "field.retention.save_offer_cost_eur": {
        "en": "Save offer per saved customer (EUR)",
        "nl": "Behoudaanbod per behouden klant (EUR)",
    },
    "field.retention.extra_handle_seconds": {
        "en": "Extra handle time per save attempt (s)",
        "nl": "Extra afhandeltijd per behoudpoging (s)",
    },
    "field.retention.ramp_up_months": {"en": "Ramp-up (months)", "nl": "Aanloop (maanden)"},
    "field.cross_sell.enabled": {
        "en": "Offer products on service calls",
        "nl": "Producten aanbieden in servicegesprekken",
    },
    "field.cross_sell.eligible_share": {
        "en": "Eligible calls (%)",
        "nl": "Geschikte gesprekken (%)",
    },
    "field.cross_sell.offer_rate": {"en": "Offer rate (%)", "nl": "Aanbodpercentage (%)"},
    "field.cross_sell.conversion_rate": {"en": "Conversion (%)", "nl": "Conversie (%)"},
    "field.cross_sell.margin_per_sale_eur": {
        "en": "Margin per sale (EUR)",
        "nl": "Marge per verkoop (EUR)",
    },
    "field.cross_sell.cancellation_rate": {
        "en": "Cancelled in the withdrawal period (%)",
        "nl": "Herroepen binnen de bedenktijd (%)",
    },
    "field.cross_sell.incentive_per_sale_eur": {
        "en": "Incentive per sale (EUR)",
        "nl": "Incentive per verkoop (EUR)",
    },
    "field.cross_sell.offer_handle_seconds": {
        "en": "Extra handle time per offer (s)",
        "nl": "Extra afhandeltijd per aanbod (s)",
    },
    "field.cross_sell.ramp_up_months": {"en": "Ramp-up (months)", "nl": "Aanloop (maanden)"},
    "field.outbound.enabled": {"en": "Run outbound campaigns", "nl": "Outboundcampagnes uitvoeren"},
    "field.outbound.list_size_per_month": {
        "en": "Customers selected per month",
        "nl": "Geselecteerde klanten per maand",
    },
    "field.outbound.opt_out_share": {
        "en": "Opt-out / do-not-call (%)",
        "nl": "Opt-out / Bel-me-niet (%)",
    },
    "field.outbound.reach_rate": {"en": "Reach rate (%)", "nl": "Bereik (%)"},
    "field.outbound.conversion_rate": {
        "en": "Conversion of reached (%)",
        "nl": "Conversie van bereikten (%)",
    },
    "field.outbound.margin_per_sale_eur": {
        "en": "Margin per sale (EUR)",
        "nl": "Marge per verkoop (EUR)",
    },
    "field.outbound.cancellation_rate": {
        "en": "Cancelled in the withdrawal period (%)",
        "nl": "Herroepen binnen de bedenktijd (%)",
    },
    "field.outbound.incentive_per_sale_eur": {
        "en": "Incentive per sale (EUR)",
        "nl": "Incentive per verkoop (EUR)",
    },
    "field.outbound.handle_seconds_per_reached": {
        "en": "Handle time per reached customer (s)",
        "nl": "Afhandeltijd per bereikte klant (s)",
    },
    "field.outbound.seconds_per_unreached_attempt": {
        "en": "Time per unreached call (s)",
        "nl": "Tijd per niet-bereikte poging (s)",
    },
    "field.outbound.occupancy": {
        "en": "Outbound occupancy (%)",
        "nl": "Bezettingsgraad outbound (%)",
    },
    "field.outbound.dialler_cost_eur_per_month": {
        "en": "Dialler and campaign software per month (EUR)",
        "nl": "Dialer en campagnesoftware per maand (EUR)",
    },
    "field.outbound.compliance_cost_eur_per_month": {
        "en": "Compliance per month (EUR)",
        "nl": "Compliance per maand (EUR)",
    },
    "field.outbound.ramp_up_months": {"en": "Ramp-up (months)", "nl": "Aanloop (maanden)"},
    "field.quality.first_contact_resolution": {
        "en": "First-contact resolution today (%)",
        "nl": "Oplossing bij eerste contact nu (%)",
    },
    "field.quality.first_contact_resolution_target": {
        "en": "First-contact resolution in this scenario (%)",
        "nl": "Oplossing bij eerste contact in dit scenario (%)",
    },
    "field.quality.repeat_contacts_per_unresolved": {
        "en": "Repeat contacts per unresolved issue",
        "nl": "Herhaalcontacten per onopgelost probleem",
    },
    "field.quality.churn_share_of_unresolved": {
        "en": "Customers lost per unresolved issue (%)",
        "nl": "Verloren klanten per onopgelost probleem (%)",
    },
    "field.quality.months_of_margin_lost": {
        "en": "Months of margin a lost customer costs",
        "nl": "Maanden marge die een verloren klant kost",
    },
    "field.quality.improvement_cost_eur_per_month": {
        "en": "Quality programme per month (EUR)",
        "nl": "Kwaliteitsprogramma per maand (EUR)",
    },
    "field.quality.ramp_up_months": {"en": "Ramp-up (months)", "nl": "Aanloop (maanden)"},
    "field.charge_back.enabled": {
        "en": "Charge other departments",
        "nl": "Doorbelasten aan andere afdelingen",
    },
    "field.charge_back.basis": {"en": "Charge per", "nl": "Doorbelasten per"},
    "field.charge_back.margin": {"en": "Margin on cost (%)", "nl": "Marge op kosten (%)"},
    "field.business_case.horizon_years": {"en": "Horizon (years)", "nl": "Horizon (jaren)"},
    "field.business_case.discount_rate_per_year": {
        "en": "Discount rate per year (%)",
        "nl": "Disconteringsvoet per jaar (%)",
    },
    "choice.contact": {"en": "contact", "nl": "contact"},
    "choice.hour": {"en": "productive hour", "nl": "productief uur"},
    # Dutch tooltips
    "help.customers.margin_eur_per_year": {
        "nl": "Gemiddelde brutomarge van één klant per jaar (standaard EUR 240: EUR 20 per maand)."
    },
    "help.retention.enabled": {
        "nl": "Zet in dit scenario een retentieteam in voor klanten die willen opzeggen."
    },
    "help.retention.leave_intent_share": {
        "nl": "Deel van de inkomende gesprekken van klanten die willen opzeggen."
    },
    "help.retention.save_rate": {"nl": "Deel van die klanten dat de agent behoudt."},
    "help.retention.months_retained": {"nl": "Extra maanden dat een behouden klant blijft."},
    "help.retention.save_offer_cost_eur": {
        "nl": "Kosten van het aanbod (korting, cadeau) per behouden klant."
    },
    "help.retention.extra_handle_seconds": {
        "nl": "Extra afhandeltijd van een behoudpoging, bij elk opzeggesprek."
    },
    "help.retention.ramp_up_months": {
        "nl": "Maanden tot het volle effect (lineaire aanloop; 0 = meteen)."
    },
    "help.cross_sell.enabled": {"nl": "Bied in dit scenario producten aan in servicegesprekken."},
    "help.cross_sell.eligible_share": {
        "nl": "Deel van de gesprekken waarin een aanbod mag: toestemming/opt-in, juist segment, vraag opgelost."
    },
    "help.cross_sell.offer_rate": {
        "nl": "Deel van de geschikte gesprekken waarin de agent iets aanbiedt."
    },
    "help.cross_sell.conversion_rate": {
        "nl": "Deel van de aanbiedingen dat tot een verkoop leidt."
    },
    "help.cross_sell.margin_per_sale_eur": {"nl": "Brutomarge van één verkoop."},
    "help.cross_sell.cancellation_rate": {
        "nl": "Deel van de verkopen dat binnen de wettelijke bedenktijd (14 dagen in de EU) wordt herroepen."
    },
    "help.cross_sell.incentive_per_sale_eur": {
        "nl": "Incentive voor de agent per niet-herroepen verkoop."
    },
    "help.cross_sell.offer_handle_seconds": {
        "nl": "Extra afhandeltijd van elk aanbod; via Erlang C telt die mee in de bezetting."
    },
    "help.cross_sell.ramp_up_months": {
        "nl": "Maanden tot het volle effect (lineaire aanloop; 0 = meteen)."
    },
    "help.outbound.enabled": {"nl": "Voer in dit scenario outboundcampagnes uit."},
    "help.outbound.list_size_per_month": {
        "nl": "Klanten die per maand voor een gesprek worden geselecteerd."
    },
    "help.outbound.opt_out_share": {
        "nl": "Deel dat afvalt door opt-out of het Bel-me-niet-register (Code Telemarketing, AVG)."
    },
    "help.outbound.reach_rate": {"nl": "Deel van de gebelde klanten dat wordt bereikt."},
    "help.outbound.conversion_rate": {"nl": "Deel van de bereikte klanten dat koopt."},
    "help.outbound.margin_per_sale_eur": {"nl": "Brutomarge van één verkoop."},
    "help.outbound.cancellation_rate": {
        "nl": "Deel van de verkopen dat binnen de bedenktijd wordt herroepen."
    },
    "help.outbound.incentive_per_sale_eur": {
        "nl": "Incentive voor de agent per niet-herroepen verkoop."
    },
    "help.outbound.handle_seconds_per_reached": {
        "nl": "Gespreks- en nawerktijd per bereikte klant."
    },
    "help.outbound.seconds_per_unreached_attempt": {
        "nl": "Agenttijd per gesprek dat niemand bereikt."
    },
    "help.outbound.occupancy": {
        "nl": "Deel van de ingelogde tijd van outbound-agents dat aan gesprekken opgaat (dialer-pacing)."
    },
    "help.outbound.dialler_cost_eur_per_month": {"nl": "Dialer- en campagnesoftware per maand."},
    "help.outbound.compliance_cost_eur_per_month": {
        "nl": "Compliance per maand: lijstscreening, gespreksopname, juridische toets."
    },
    "help.outbound.ramp_up_months": {
        "nl": "Maanden tot het volle effect (lineaire aanloop; 0 = meteen)."
    },
    "help.quality.first_contact_resolution": {
        "nl": "Deel van de vragen dat nu bij het eerste contact wordt opgelost (meestal 70–80%)."
    },
    "help.quality.first_contact_resolution_target": {
        "nl": "Oplossing bij eerste contact in dit scenario (gelijk aan nu: geen verandering)."
    },
    "help.quality.repeat_contacts_per_unresolved": {
        "nl": "Extra contacten die een onopgelost probleem gemiddeld veroorzaakt."
    },
    "help.quality.churn_share_of_unresolved": {
        "nl": "Deel van de klanten wier vraag bij het eerste contact niet is opgelost dat vertrekt."
    },
    "help.quality.months_of_margin_lost": {
        "nl": "Maanden marge die een verloren klant nog zou hebben opgebracht."
    },
    "help.quality.improvement_cost_eur_per_month": {
        "nl": "Maandkosten om de oplossing te verbeteren (kennisbank, coaching, kwaliteitsmonitoring)."
    },
    "help.quality.ramp_up_months": {
        "nl": "Maanden tot het volle effect (lineaire aanloop; 0 = meteen)."
    },
    "help.charge_back.enabled": {
        "nl": "Belast de afgehandelde contacten door aan andere afdelingen."
    },
    "help.charge_back.basis": {
        "nl": "Doorbelasten per afgehandeld contact of per productief agentuur."
    },
    "help.charge_back.margin": {
        "nl": "Marge bovenop de eigen kosten van het centrum (10 = kosten + 10%)."
    },
    "help.business_case.horizon_years": {"nl": "Jaren die de businesscase beslaat (1–10)."},
    "help.business_case.discount_rate_per_year": {
        "nl": "Jaarlijkse disconteringsvoet voor de NPV (vermogenskosten; 8% is een gangbare norm)."
    },
    # Profit page
    "profit.title": {
        "en": "The profit centre: what selling earns",
        "nl": "Het profitcenter: wat verkopen oplevert",
    },
    "profit.caption": {
        "en": "Revenue is counted as gross margin. Every offer and save attempt adds handle time, staffed through Erlang C: selling is not free capacity.",
        "nl": "Omzet telt als brutomarge. Elk aanbod en elke behoudpoging kost afhandeltijd, via Erlang C ingeroosterd: verkopen is geen gratis capaciteit.",
    },
    "profit.revenue_chart": {
        "en": "Revenue and cost by stream (per year, full effect)",
        "nl": "Omzet en kosten per stroom (per jaar, vol effect)",
    },
    "profit.no_streams": {
        "en": "No commercial stream is switched on in this scenario. Switch one on below, or open the pilot or profit-centre scenario.",
        "nl": "In dit scenario staat geen commerciële stroom aan. Zet er hieronder een aan, of open het pilot- of profitcenterscenario.",
    },
    "profit.levers": {"en": "Commercial levers", "nl": "Commerciële hefbomen"},
    "profit.internal": {
        "en": "Internal charge-back (a transfer inside the company, never counted as external revenue): {amount} a year.",
        "nl": "Interne doorbelasting (een verschuiving binnen het bedrijf, nooit als externe omzet geteld): {amount} per jaar.",
    },
    "stream.retention": {"en": "Retention", "nl": "Retentie"},
    "stream.cross_sell": {"en": "Cross-/upsell", "nl": "Cross-/upsell"},
    "stream.outbound": {"en": "Outbound", "nl": "Outbound"},
    "stream.quality": {"en": "Better resolution", "nl": "Betere oplossing"},
    "stream.other": {"en": "Other changes", "nl": "Overige wijzigingen"},
    "measure.margin": {"en": "Revenue (margin)", "nl": "Omzet (marge)"},
    "measure.cost": {"en": "Cost of selling", "nl": "Kosten van verkopen"},
    "kpi.revenue": {"en": "External revenue per year", "nl": "Externe omzet per jaar"},
    "kpi.cost_of_selling": {"en": "Cost of selling per year", "nl": "Kosten van verkopen per jaar"},
    "kpi.selling_fte": {"en": "Extra FTE for selling", "nl": "Extra fte voor verkopen"},
    "kpi.net_result": {"en": "Net result per year", "nl": "Nettoresultaat per jaar"},
    # Value page
    "value.title": {
        "en": "The value centre: the cost of poor service",
        "nl": "Het valuecenter: de kosten van slechte service",
    },
    "value.caption": {
        "en": "Issues not resolved at the first contact come back as repeat calls and make customers leave.",
        "nl": "Vragen die bij het eerste contact niet worden opgelost, komen terug als herhaalcontact en jagen klanten weg.",
    },
    "kpi.repeat_contacts": {"en": "Repeat contacts per year", "nl": "Herhaalcontacten per jaar"},
    "kpi.repeat_cost": {"en": "Cost of repeat contacts", "nl": "Kosten van herhaalcontact"},
    "kpi.customers_lost": {"en": "Customers lost per year", "nl": "Verloren klanten per jaar"},
    "kpi.lost_margin": {"en": "Margin lost per year", "nl": "Verloren marge per jaar"},
    "kpi.cost_of_poor_service": {
        "en": "Cost of poor service per year",
        "nl": "Kosten van slechte service per jaar",
    },
    "value.chart": {
        "en": "The cost of poor service, today and in this scenario",
        "nl": "De kosten van slechte service, nu en in dit scenario",
    },
    "value.today": {"en": "Today", "nl": "Nu"},
    "value.scenario": {"en": "This scenario", "nl": "Dit scenario"},
    "value.part.repeat_cost": {"en": "Repeat contacts", "nl": "Herhaalcontacten"},
    "value.part.lost_margin": {"en": "Customers lost", "nl": "Verloren klanten"},
    # Business case page
    "bc.title": {"en": "The business case", "nl": "De businesscase"},
    "bc.convention": {
        "en": "Monthly cash flows against {baseline}. Month 0 is now and is not discounted; month m is discounted by (1 + {rate})^(m/12). IRR is annualised. ROI = (benefits − costs) ÷ costs over the horizon, undiscounted.",
        "nl": "Maandelijkse kasstromen ten opzichte van {baseline}. Maand 0 is nu en wordt niet verdisconteerd; maand m met (1 + {rate})^(m/12). De IRR is op jaarbasis. ROI = (baten − kosten) ÷ kosten over de horizon, onverdisconteerd.",
    },
    "bc.baseline": {"en": "Measure against", "nl": "Vergelijken met"},
    "bc.as_is": {
        "en": "this scenario as it is today (levers off)",
        "nl": "dit scenario zoals het nu is (hefbomen uit)",
    },
    "kpi.npv": {"en": "NPV", "nl": "NPV (netto contante waarde)"},
    "kpi.irr": {"en": "IRR (per year)", "nl": "IRR (per jaar)"},
    "kpi.roi": {"en": "ROI", "nl": "ROI"},
    "kpi.payback": {"en": "Payback", "nl": "Terugverdientijd"},
    "bc.payback_month": {"en": "month {month}", "nl": "maand {month}"},
    "bc.never": {"en": "not within {months} months", "nl": "niet binnen {months} maanden"},
    "bc.na": {"en": "n/a", "nl": "n.v.t."},
    "bc.irr_none": {"en": "No IRR: {reason}.", "nl": "Geen IRR: {reason}."},
    "bc.irr_reason.no investment: every cash flow is a gain": {
        "en": "no investment: every cash flow is a gain",
        "nl": "geen investering: elke kasstroom is een opbrengst",
    },
    "bc.irr_reason.no change: every cash flow is zero": {
        "en": "no change: every cash flow is zero",
        "nl": "geen verandering: elke kasstroom is nul",
    },
    "bc.irr_reason.no return: every cash flow is a cost": {
        "en": "no return: every cash flow is a cost",
        "nl": "geen opbrengst: elke kasstroom is een kostenpost",
    },
    "bc.irr_reason.the net present value never reaches zero: the case never breaks even": {
        "en": "the net present value never reaches zero: the case never breaks even",
        "nl": "de netto contante waarde wordt nooit nul: de case verdient zich nooit terug",
    },
    "bc.cumulative_chart": {"en": "Cumulative cash flow", "nl": "Cumulatieve kasstroom"},
    "bc.cumulative_title_payback": {
        "en": "Pays back in month {month}",
        "nl": "Terugverdiend in maand {month}",
    },
    "bc.cumulative_title_never": {
        "en": "Does not pay back within {months} months",
        "nl": "Verdient zich niet terug binnen {months} maanden",
    },
    "bc.month": {"en": "Month", "nl": "Maand"},
    "bc.cumulative": {"en": "Cumulative (EUR)", "nl": "Cumulatief (EUR)"},
    "bc.yearly": {"en": "Net benefit per year", "nl": "Netto baten per jaar"},
    "bc.col.year": {"en": "Year", "nl": "Jaar"},
    "bc.col.benefits": {"en": "Benefits", "nl": "Baten"},
    "bc.col.costs": {"en": "Costs", "nl": "Kosten"},
    "bc.col.net": {"en": "Net", "nl": "Netto"},
    "bc.col.cumulative": {"en": "Cumulative", "nl": "Cumulatief"},
    "bc.investments": {"en": "Investments", "nl": "Investeringen"},
    "bc.investments_help": {
        "en": "One-off amounts (paid in their month) and recurring amounts per month (from their first month). Add or remove rows.",
        "nl": "Eenmalige bedragen (betaald in hun maand) en terugkerende bedragen per maand (vanaf hun eerste maand). Voeg rijen toe of verwijder ze.",
    },
    "bc.col.name": {"en": "What", "nl": "Wat"},
    "bc.col.one_off": {"en": "One-off (EUR)", "nl": "Eenmalig (EUR)"},
    "bc.col.month": {"en": "Paid in month", "nl": "Betaald in maand"},
    "bc.col.recurring": {"en": "Per month (EUR)", "nl": "Per maand (EUR)"},
    "bc.col.from_month": {"en": "From month", "nl": "Vanaf maand"},
    "bc.criteria": {
        "en": "Success criteria (one per line)",
        "nl": "Succescriteria (één per regel)",
    },
    "bc.criteria_help": {
        "en": "Written down before a pilot starts: they decide whether it scales up or stops (seed 003, step 2).",
        "nl": "Vooraf vastgelegd bij een pilot: zij bepalen of er wordt opgeschaald of gestopt (seed 003, stap 2).",
    },
    "bc.bridge": {
        "en": "From the baseline's cost to this scenario's net result (per year, full effect)",
        "nl": "Van de kosten van de basis naar het nettoresultaat van dit scenario (per jaar, vol effect)",
    },
    "bridge.start": {"en": "Baseline: cost", "nl": "Basis: kosten"},
    "bridge.end": {"en": "Scenario: net result", "nl": "Scenario: nettoresultaat"},
    "bridge.other": {"en": "Other assumption changes", "nl": "Overige aannames"},
    "bridge.other_revenue": {"en": "Revenue already earned", "nl": "Al verdiende omzet"},
    "bridge.step": {"en": "Step", "nl": "Stap"},
    "bridge.retained_note": {
        "en": "Not in the bridge, but in the cash flows: margin kept because fewer customers leave, {amount} a year.",
        "nl": "Niet in de brug, wel in de kasstromen: marge die behouden blijft doordat minder klanten vertrekken, {amount} per jaar.",
    },
    # Explanations: how each KPI is computed
    "explain.revenue": {
        "en": "Σ streams of gross margin: retention {retention} + cross-sell {cross_sell} + outbound {outbound}.",
        "nl": "Σ stromen brutomarge: retentie {retention} + cross-sell {cross_sell} + outbound {outbound}.",
    },
    "explain.cost_of_selling": {
        "en": "What the levers add to the centre's cost: extra agents through Erlang C and outbound workload ({staff}) plus incentives, offers, dialler and compliance ({direct}).",
        "nl": "Wat de hefbomen aan kosten toevoegen: extra agents via Erlang C en outbound-werklast ({staff}) plus incentives, aanbiedingen, dialer en compliance ({direct}).",
    },
    "explain.selling_fte": {
        "en": "FTE of this scenario ({fte}) − FTE without selling and saving ({base_fte}).",
        "nl": "Fte van dit scenario ({fte}) − fte zonder verkopen en behouden ({base_fte}).",
    },
    "explain.net_result": {
        "en": "External revenue {revenue} − total cost {cost}.",
        "nl": "Externe omzet {revenue} − totale kosten {cost}.",
    },
    "explain.npv": {
        "en": "Σ net cash flow of month m ÷ (1 + {rate})^(m/12), m = 0…{months}.",
        "nl": "Σ netto kasstroom van maand m ÷ (1 + {rate})^(m/12), m = 0…{months}.",
    },
    "explain.irr": {
        "en": "The annual rate at which the NPV of the monthly cash flows is zero: (1 + monthly rate)^12 − 1.",
        "nl": "Het jaarpercentage waarbij de NPV van de maandelijkse kasstromen nul is: (1 + maandrente)^12 − 1.",
    },
    "explain.roi": {
        "en": "(benefits {benefits} − costs {costs}) ÷ costs {costs}, over {months} months, undiscounted.",
        "nl": "(baten {benefits} − kosten {costs}) ÷ kosten {costs}, over {months} maanden, onverdisconteerd.",
    },
    "explain.payback": {
        "en": "The first month from which the cumulative cash flow stays at or above zero.",
        "nl": "De eerste maand vanaf welke de cumulatieve kasstroom op of boven nul blijft.",
    },
    "explain.repeat_contacts": {
        "en": "first contacts {first} × (1 − resolution {fcr}) × {repeats} repeats per unresolved issue.",
        "nl": "eerste contacten {first} × (1 − oplossing {fcr}) × {repeats} herhaalcontacten per onopgelost probleem.",
    },
    "explain.repeat_cost": {
        "en": "The centre's cost with these repeats ({cost}) − its cost if every issue were resolved at the first contact ({cost_perfect}), through Erlang C.",
        "nl": "De kosten van het centrum met deze herhaalcontacten ({cost}) − de kosten als elke vraag bij het eerste contact was opgelost ({cost_perfect}), via Erlang C.",
    },
    "explain.customers_lost": {
        "en": "first contacts {first} × (1 − resolution {fcr}) × {churn} leave.",
        "nl": "eerste contacten {first} × (1 − oplossing {fcr}) × {churn} vertrekt.",
    },
    "explain.cost_of_poor_service": {
        "en": "Cost of repeat contacts {repeat} + margin lost with the customers who leave {lost}.",
        "nl": "Kosten van herhaalcontact {repeat} + marge verloren met de klanten die vertrekken {lost}.",
    },
    "explain.lost_margin": {
        "en": "customers lost {lost} × margin {margin} per year × {months} months ÷ 12.",
        "nl": "verloren klanten {lost} × marge {margin} per jaar × {months} maanden ÷ 12.",
    },
}

FAILURE_UI: dict[str, dict[str, str]] = {
    "page.failure_demand": {"en": "Failure demand", "nl": "Vermijdbaar contact"},
    "fd.title": {
        "en": "Where the cost comes from: the polluter pays",
        "nl": "Waar de kosten vandaan komen: de vervuiler betaalt",
    },
    "fd.caption": {
        "en": "Each reason's share of the channel's cost follows its workload (contacts × handle time); the channel's cost comes from the Erlang C staffing. Not a cash charge-back: a view of who causes which cost (seeds 000, 001).",
        "nl": "Het aandeel van elke reden in de kosten van het kanaal volgt de werklast (contacten × afhandeltijd); de kosten van het kanaal komen uit de Erlang C-planning. Geen interne verrekening: inzicht in wie welke kosten veroorzaakt (seeds 000, 001).",
    },
    "fd.no_reasons": {
        "en": "No contact reasons yet: add them below or import a CSV.",
        "nl": "Nog geen contactredenen: voeg ze hieronder toe of importeer een CSV.",
    },
    "kpi.avoidable_contacts": {"en": "Avoidable contacts", "nl": "Vermijdbare contacten"},
    "kpi.avoidable_cost": {
        "en": "Cost of avoidable contacts per year",
        "nl": "Kosten vermijdbare contacten per jaar",
    },
    "kpi.avoidable_cost_share": {
        "en": "Avoidable share of the cost",
        "nl": "Vermijdbaar deel van de kosten",
    },
    "kpi.cut_saving": {
        "en": "Saving of the cuts per year",
        "nl": "Besparing van de ingrepen per jaar",
    },
    "explain.avoidable_contacts": {
        "en": "Σ shares of the reasons marked avoidable, per channel's contacts: {contacts} of {total} contacts a year.",
        "nl": "Σ aandelen van de als vermijdbaar gemarkeerde redenen: {contacts} van {total} contacten per jaar.",
    },
    "explain.avoidable_cost": {
        "en": "Σ over avoidable reasons of the channel's service cost {cost} × the reason's share of the channel's workload.",
        "nl": "Σ over vermijdbare redenen van de servicekosten van het kanaal {cost} × het aandeel van de reden in de werklast van het kanaal.",
    },
    "explain.avoidable_cost_share": {
        "en": "Cost of avoidable contacts {avoidable} ÷ the service cost {cost}.",
        "nl": "Kosten vermijdbare contacten {avoidable} ÷ de servicekosten {cost}.",
    },
    "explain.cut_saving": {
        "en": "The centre's cost without the cuts − with them, each computed with Erlang C on the smaller volume; plus margin kept because fewer issues stay unresolved: {retained}.",
        "nl": "De kosten van het centrum zonder de ingrepen − met de ingrepen, elk berekend met Erlang C op het kleinere volume; plus behouden marge doordat minder vragen onopgelost blijven: {retained}.",
    },
    "fd.chart": {
        "en": "Cost per causing department (per year)",
        "nl": "Kosten per veroorzakende afdeling (per jaar)",
    },
    "fd.chart_subtitle": {
        "en": "{share} of the service cost is avoidable",
        "nl": "{share} van de servicekosten is vermijdbaar",
    },
    "fd.not_avoidable": {"en": "(not avoidable)", "nl": "(niet vermijdbaar)"},
    "fd.department": {"en": "Department", "nl": "Afdeling"},
    "fd.kind": {"en": "Kind", "nl": "Soort"},
    "fd.kind.avoidable": {"en": "Avoidable", "nl": "Vermijdbaar"},
    "fd.kind.unavoidable": {"en": "Not avoidable", "nl": "Niet vermijdbaar"},
    "fd.reasons": {"en": "Contact reasons", "nl": "Contactredenen"},
    "fd.reasons_help": {
        "en": "Shares are a percentage of the channel's contacts and add up to 100% per channel. Leave handle time empty for the channel's average.",
        "nl": "Aandelen zijn een percentage van de contacten van het kanaal en tellen per kanaal op tot 100%. Laat de afhandeltijd leeg voor het gemiddelde van het kanaal.",
    },
    "fd.normalise": {
        "en": "Normalise the shares to 100% per channel",
        "nl": "Aandelen per kanaal normaliseren naar 100%",
    },
    "fd.shares_off": {
        "en": "The shares of channel {channel} add up to {total}%, not 100%.",
        "nl": "De aandelen van kanaal {channel} tellen op tot {total}%, niet 100%.",
    },
    "fd.col.reason": {"en": "Reason", "nl": "Reden"},
    "fd.col.share": {"en": "Share (%)", "nl": "Aandeel (%)"},
    "fd.col.avoidable": {"en": "Avoidable", "nl": "Vermijdbaar"},
    "fd.col.department": {"en": "Causing department", "nl": "Veroorzakende afdeling"},
    "fd.col.channel": {"en": "Channel", "nl": "Kanaal"},
    "fd.col.aht": {"en": "Handle time (s)", "nl": "Afhandeltijd (s)"},
    "fd.col.cost": {"en": "Cost per year", "nl": "Kosten per jaar"},
    "fd.cuts": {
        "en": "Fix the cause: cut avoidable contacts",
        "nl": "Pak de oorzaak aan: minder vermijdbaar contact",
    },
    "fd.cuts_help": {
        "en": "A department removes a share of its avoidable contacts from a month on, at a one-off cost (paid now). The saving flows into the business case.",
        "nl": "Een afdeling haalt vanaf een maand een deel van haar vermijdbare contacten weg, tegen eenmalige kosten (nu betaald). De besparing telt mee in de businesscase.",
    },
    "fd.col.cut": {"en": "Cut (%)", "nl": "Verlaging (%)"},
    "fd.col.from_month": {"en": "From month", "nl": "Vanaf maand"},
    "fd.col.one_off": {"en": "One-off cost (EUR)", "nl": "Eenmalige kosten (EUR)"},
    "fd.download": {"en": "Download the reasons (CSV)", "nl": "Redenen downloaden (CSV)"},
    "fd.import": {"en": "Import reasons (CSV)", "nl": "Redenen importeren (CSV)"},
    "fd.import_help": {
        "en": "Columns: reason, share (0.12 = 12%), avoidable (true/false), department, channel (phone, chat, email, back_office), aht_seconds.",
        "nl": "Kolommen: reason, share (0,12 = 12%), avoidable (true/false), department, channel (phone, chat, email, back_office), aht_seconds.",
    },
    "fd.table_problem": {"en": "Row {row}: {message}", "nl": "Rij {row}: {message}"},
    "stream.failure_demand": {"en": "Fix: {department}", "nl": "Oplossen: {department}"},
}

OUTSOURCING_UI: dict[str, dict[str, str]] = {
    "page.outsourcing": {"en": "Outsourcing", "nl": "Uitbesteden"},
    "stream.outsourcing": {
        "en": "Provider and retained organisation",
        "nl": "Leverancier en eigen regieorganisatie",
    },
    "stream.outsourcing_in_house": {"en": "In-house team released", "nl": "Eigen team afgebouwd"},
    "cost.outsourcing": {
        "en": "Provider and retained organisation",
        "nl": "Leverancier en regieorganisatie",
    },
    "group.outsourcing": {"en": "Outsourcing provider", "nl": "Uitbestedingspartner"},
    "field.outsourcing.enabled": {
        "en": "Outsource to a provider",
        "nl": "Uitbesteden aan een partner",
    },
    "field.outsourcing.share_of_volume": {
        "en": "Share of the phone volume (%)",
        "nl": "Deel van het telefonievolume (%)",
    },
    "field.outsourcing.pricing": {"en": "Price per", "nl": "Prijs per"},
    "field.outsourcing.price_per_productive_hour_eur": {
        "en": "Price per productive hour (EUR)",
        "nl": "Prijs per productief uur (EUR)",
    },
    "field.outsourcing.price_per_contact_eur": {
        "en": "Price per handled contact (EUR)",
        "nl": "Prijs per afgehandeld contact (EUR)",
    },
    "field.outsourcing.transition_cost_eur": {
        "en": "Transition cost (EUR, one-off)",
        "nl": "Transitiekosten (EUR, eenmalig)",
    },
    "field.outsourcing.transition_months": {
        "en": "Transition (months)",
        "nl": "Transitie (maanden)",
    },
    "field.outsourcing.retained_management_fte": {
        "en": "Retained organisation (FTE)",
        "nl": "Eigen regieorganisatie (fte)",
    },
    "field.outsourcing.retained_cost_eur_per_fte_year": {
        "en": "Cost per retained FTE per year (EUR)",
        "nl": "Kosten per fte regie per jaar (EUR)",
    },
    "field.outsourcing.quality_monitoring_eur_per_month": {
        "en": "Quality monitoring per month (EUR)",
        "nl": "Kwaliteitsmonitoring per maand (EUR)",
    },
    "field.outsourcing.provider_attrition_rate_per_year": {
        "en": "Provider's annual attrition (%)",
        "nl": "Jaarlijks verloop bij de partner (%)",
    },
    "field.outsourcing.first_contact_resolution_delta": {
        "en": "Provider's resolution vs in-house (points)",
        "nl": "Oplossing partner t.o.v. eigen (punten)",
    },
    "choice.per_productive_hour": {"en": "productive hour", "nl": "productief uur"},
    "choice.per_contact": {"en": "contact", "nl": "contact"},
    "help.outsourcing.enabled": {
        "nl": "Besteed in dit scenario (een deel van) het telefonieverkeer uit."
    },
    "help.outsourcing.share_of_volume": {
        "nl": "Deel van het telefonievolume dat de partner afhandelt."
    },
    "help.outsourcing.pricing": {
        "nl": "De partner rekent per productief uur of per afgehandeld contact."
    },
    "help.outsourcing.price_per_productive_hour_eur": {
        "nl": "Prijs per productief (ingelogd) uur; illustratief EUR 32."
    },
    "help.outsourcing.price_per_contact_eur": {
        "nl": "Prijs per afgehandeld contact; illustratief EUR 2,10 (ongeveer gelijk aan EUR 32 per uur bij 205 s)."
    },
    "help.outsourcing.transition_cost_eur": {
        "nl": "Eenmalige kosten van de overgang (project, kennisoverdracht, koppelingen), nu betaald."
    },
    "help.outsourcing.transition_months": {
        "nl": "Maanden waarin de partner stap voor stap overneemt terwijl het eigen team blijft draaien."
    },
    "help.outsourcing.retained_management_fte": {
        "nl": "De klanteigenaar (CCO) en regisseurs blijven in huis (seed 004)."
    },
    "help.outsourcing.retained_cost_eur_per_fte_year": {
        "nl": "Integrale jaarkosten per fte van de regieorganisatie."
    },
    "help.outsourcing.quality_monitoring_eur_per_month": {
        "nl": "Kwaliteitsmonitoring van de partner per maand."
    },
    "help.outsourcing.provider_attrition_rate_per_year": {
        "nl": "Verloop bij de partner per jaar (bij uitbesteding veel hoger dan in eigen beheer)."
    },
    "help.outsourcing.first_contact_resolution_delta": {
        "nl": "Oplossing bij eerste contact van de partner min die van het eigen team (negatief = slechter)."
    },
    "os.title": {
        "en": "Outsourcing: in-house against a provider",
        "nl": "Uitbesteden: eigen beheer tegen een partner",
    },
    "os.caption": {
        "en": "The provider bills the productive hours Erlang C needs for its calls at the same service level (or a price per contact). The customer owner stays in-house (seed 004). Lower resolution at the provider means more repeat calls and more customers lost.",
        "nl": "De partner rekent de productieve uren die Erlang C nodig heeft voor zijn gesprekken bij hetzelfde serviceniveau (of een prijs per contact). De klanteigenaar blijft in huis (seed 004). Lagere oplossing bij de partner betekent meer herhaalcontact en meer verloren klanten.",
    },
    "os.disabled": {
        "en": "Outsourcing is off in this scenario: switch it on below, or open outsourced.yaml.",
        "nl": "Uitbesteden staat uit in dit scenario: zet het hieronder aan, of open outsourced.yaml.",
    },
    "os.in_house": {"en": "In-house", "nl": "Eigen beheer"},
    "os.outsourced": {"en": "Outsourced", "nl": "Uitbesteed"},
    "kpi.os_in_house": {"en": "In-house cost per year", "nl": "Kosten eigen beheer per jaar"},
    "kpi.os_outsourced": {"en": "Outsourced cost per year", "nl": "Kosten uitbesteed per jaar"},
    "kpi.os_saving": {
        "en": "Saving per year (full effect)",
        "nl": "Besparing per jaar (vol effect)",
    },
    "kpi.os_break_even": {"en": "Break-even", "nl": "Terugverdiend"},
    "kpi.os_npv": {"en": "NPV of outsourcing", "nl": "NPV van uitbesteden"},
    "explain.os_in_house": {
        "en": "The same scenario with every call handled in-house: {cost}.",
        "nl": "Hetzelfde scenario met alle gesprekken in eigen beheer: {cost}.",
    },
    "explain.os_outsourced": {
        "en": "Provider fee {fee} ({hours} productive hours or {contacts} contacts a year) + retained organisation {retained} + the rest of the centre {rest}.",
        "nl": "Vergoeding partner {fee} ({hours} productieve uren of {contacts} contacten per jaar) + eigen regieorganisatie {retained} + de rest van het centrum {rest}.",
    },
    "explain.os_saving": {
        "en": "In-house cost − outsourced cost − extra margin lost to churn ({churn}).",
        "nl": "Kosten eigen beheer − kosten uitbesteed − extra verloren marge door klantverloop ({churn}).",
    },
    "explain.os_break_even": {
        "en": "First month from which the cumulative difference (transition cost {transition} now, double running for {months} months) stays at or above zero.",
        "nl": "Eerste maand vanaf welke het cumulatieve verschil (transitiekosten {transition} nu, {months} maanden dubbel draaien) op of boven nul blijft.",
    },
    "explain.os_npv": {
        "en": "Σ monthly difference ÷ (1 + {rate})^(m/12) over {months} months.",
        "nl": "Σ maandelijks verschil ÷ (1 + {rate})^(m/12) over {months} maanden.",
    },
    "os.parts_chart": {
        "en": "Annual cost, in-house and outsourced",
        "nl": "Jaarkosten, eigen beheer en uitbesteed",
    },
    "os.cumulative_chart": {
        "en": "Cumulative cost of both options",
        "nl": "Cumulatieve kosten van beide opties",
    },
    "os.option": {"en": "Option", "nl": "Optie"},
    "os.attrition_hint": {
        "en": "Rule of thumb: with attrition of {provider} at the provider against {in_house} in-house, expect about {delta} points of resolution.",
        "nl": "Vuistregel: bij {provider} verloop bij de partner tegen {in_house} in eigen beheer, reken op ongeveer {delta} punten oplossing.",
    },
}


def _deferred_texts(kind: str, en: str, nl: str) -> dict[str, dict[str, str]]:
    return {
        f"group.channels.{kind}": {"en": en, "nl": nl},
        f"field.channels.{kind}.enabled": {"en": f"Handle {en.lower()}", "nl": f"{nl} afhandelen"},
        f"field.channels.{kind}.contacts_per_month": {
            "en": "Items per month",
            "nl": "Items per maand",
        },
        f"field.channels.{kind}.handle_seconds": {
            "en": "Handle time per item (s)",
            "nl": "Afhandeltijd per item (s)",
        },
        f"field.channels.{kind}.response_hours": {
            "en": "Response within (hours)",
            "nl": "Reactie binnen (uur)",
        },
        f"field.channels.{kind}.utilisation": {"en": "Utilisation (%)", "nl": "Benutting (%)"},
        f"help.channels.{kind}.enabled": {
            "nl": f"{nl} in dit scenario afhandelen (werklast, geen wachtrij)."
        },
        f"help.channels.{kind}.contacts_per_month": {"nl": "Aantal items per maand."},
        f"help.channels.{kind}.handle_seconds": {
            "nl": "Gemiddelde afhandeltijd per item in seconden."
        },
        f"help.channels.{kind}.response_hours": {
            "nl": "Reactietermijn in klokuren; gecontroleerd tegen de openingstijden."
        },
        f"help.channels.{kind}.utilisation": {
            "nl": "Deel van de ingeroosterde productieve tijd dat aan items wordt besteed."
        },
    }


CHANNELS_UI: dict[str, dict[str, str]] = {
    "page.channels": {"en": "Channels", "nl": "Kanalen"},
    "group.channels.chat": {"en": "Live chat", "nl": "Livechat"},
    "field.channels.chat.enabled": {"en": "Run live chat", "nl": "Livechat inzetten"},
    "field.channels.chat.contacts_per_month": {"en": "Chats per month", "nl": "Chats per maand"},
    "field.channels.chat.aht_seconds": {
        "en": "Handle time per chat (s)",
        "nl": "Afhandeltijd per chat (s)",
    },
    "field.channels.chat.concurrency": {
        "en": "Chats per agent at once",
        "nl": "Chats per agent tegelijk",
    },
    "field.channels.chat.service_level_target": {
        "en": "Chat service-level target (%)",
        "nl": "Servicenorm chat (%)",
    },
    "field.channels.chat.answer_seconds": {
        "en": "Chat answered within (s)",
        "nl": "Chat beantwoord binnen (s)",
    },
    "field.channels.chat.max_occupancy": {
        "en": "Chat maximum occupancy (%)",
        "nl": "Maximale bezettingsgraad chat (%)",
    },
    "help.channels.chat.enabled": {"nl": "Zet in dit scenario een livechatkanaal in."},
    "help.channels.chat.contacts_per_month": {"nl": "Chats per maand die klanten zelf starten."},
    "help.channels.chat.aht_seconds": {
        "nl": "Afhandeltijd per chat zoals gemeten bij deze gelijktijdigheid."
    },
    "help.channels.chat.concurrency": {
        "nl": "Gemiddeld aantal chats dat een agent tegelijk voert."
    },
    "help.channels.chat.service_level_target": {
        "nl": "Deel van de chats dat binnen de normtijd wordt beantwoord."
    },
    "help.channels.chat.answer_seconds": {"nl": "Normtijd voor het beantwoorden van een chat."},
    "help.channels.chat.max_occupancy": {
        "nl": "Hoogste bezettingsgraad van chatagents (parallelle chats zijn zwaarder)."
    },
    **_deferred_texts("email", "E-mail", "E-mail"),
    **_deferred_texts("back_office", "Back-office work", "Backofficewerk"),
    "group.channels.chatbot": {"en": "Chatbot / GenAI", "nl": "Chatbot / GenAI"},
    "field.channels.chatbot.enabled": {
        "en": "Put a chatbot in front",
        "nl": "Een chatbot ervoor zetten",
    },
    "field.channels.chatbot.conversations_per_month": {
        "en": "Conversations per month",
        "nl": "Gesprekken per maand",
    },
    "field.channels.chatbot.cost_per_conversation_eur": {
        "en": "Cost per conversation (EUR)",
        "nl": "Kosten per gesprek (EUR)",
    },
    "field.channels.chatbot.platform_cost_eur_per_month": {
        "en": "Platform cost per month (EUR)",
        "nl": "Platformkosten per maand (EUR)",
    },
    "field.channels.chatbot.containment_rate": {
        "en": "Resolved by the bot (%)",
        "nl": "Door de bot opgelost (%)",
    },
    "field.channels.chatbot.escalation_channel": {"en": "Escalates to", "nl": "Escaleert naar"},
    "help.channels.chatbot.enabled": {
        "nl": "Zet een chatbot voor een live kanaal; afvangen is nooit gratis."
    },
    "help.channels.chatbot.conversations_per_month": {"nl": "Gesprekken met de bot per maand."},
    "help.channels.chatbot.cost_per_conversation_eur": {
        "nl": "Structurele kosten per gesprek (GenAI), of de bot het nu oplost of niet."
    },
    "help.channels.chatbot.platform_cost_eur_per_month": {"nl": "Vaste platformkosten per maand."},
    "help.channels.chatbot.containment_rate": {
        "nl": "Deel van de gesprekken dat de bot zelf afhandelt; de rest escaleert."
    },
    "help.channels.chatbot.escalation_channel": {
        "nl": "Het live kanaal waar onopgeloste gesprekken heen gaan."
    },
    "group.channels.self_service": {"en": "Self-service", "nl": "Selfservice"},
    "field.channels.self_service.enabled": {
        "en": "Invest in self-service",
        "nl": "Investeren in selfservice",
    },
    "field.channels.self_service.deflection_rate": {
        "en": "Phone calls avoided (%)",
        "nl": "Vermeden telefoongesprekken (%)",
    },
    "field.channels.self_service.platform_cost_eur_per_month": {
        "en": "Platform cost per month (EUR)",
        "nl": "Platformkosten per maand (EUR)",
    },
    "help.channels.self_service.enabled": {"nl": "Investeer in dit scenario in selfservice."},
    "help.channels.self_service.deflection_rate": {
        "nl": "Deel van de telefoongesprekken dat klanten zelf oplossen."
    },
    "help.channels.self_service.platform_cost_eur_per_month": {
        "nl": "Kosten van het selfserviceplatform per maand."
    },
    "group.channels.shift": {"en": "Move calls to chat", "nl": "Gesprekken naar chat verplaatsen"},
    "field.channels.shift.share_of_phone_to_chat": {
        "en": "Phone calls moved to chat (%)",
        "nl": "Telefoongesprekken naar chat (%)",
    },
    "help.channels.shift.share_of_phone_to_chat": {
        "nl": "Deel van de telefoongesprekken dat naar chat verhuist (chat moet aanstaan)."
    },
    "choice.phone": {"en": "phone", "nl": "telefoon"},
    "choice.chat": {"en": "chat", "nl": "chat"},
    "ch.title": {
        "en": "Channels: what each costs and what moving volume does",
        "nl": "Kanalen: wat elk kost en wat verschuiven doet",
    },
    "ch.caption": {
        "en": "Phone and chat are queues (Erlang C; chat with several sessions per agent), email and back office are workload with a response-time check, the chatbot costs per conversation and escalates what it cannot solve, self-service avoids calls at a platform cost.",
        "nl": "Telefoon en chat zijn wachtrijen (Erlang C; chat met meerdere sessies per agent), e-mail en backoffice zijn werklast met een controle op de reactietermijn, de chatbot kost per gesprek en escaleert wat hij niet oplost, selfservice voorkomt gesprekken tegen platformkosten.",
    },
    "ch.table": {"en": "Per channel (per year)", "nl": "Per kanaal (per jaar)"},
    "ch.col.channel": {"en": "Channel", "nl": "Kanaal"},
    "ch.col.contacts": {"en": "Contacts", "nl": "Contacten"},
    "ch.col.fte": {"en": "FTE", "nl": "Fte"},
    "ch.col.cost": {"en": "Cost", "nl": "Kosten"},
    "ch.col.per_contact": {"en": "Cost per contact", "nl": "Kosten per contact"},
    "ch.col.service": {"en": "Service", "nl": "Service"},
    "ch.response_met": {"en": "response target met", "nl": "reactietermijn gehaald"},
    "ch.response_missed": {"en": "response target missed", "nl": "reactietermijn niet gehaald"},
    "channel.phone": {"en": "Phone", "nl": "Telefoon"},
    "channel.chat": {"en": "Chat", "nl": "Chat"},
    "channel.email": {"en": "E-mail", "nl": "E-mail"},
    "channel.back_office": {"en": "Back office", "nl": "Backoffice"},
    "channel.chatbot": {"en": "Chatbot", "nl": "Chatbot"},
    "channel.self_service": {"en": "Self-service", "nl": "Selfservice"},
    "ch.shift_chart": {
        "en": "Moving phone calls to chat: FTE and cost",
        "nl": "Telefoongesprekken naar chat: fte en kosten",
    },
    "ch.shift_subtitle": {
        "en": "Each point re-runs Erlang C for both queues; a small move can cost staff (two small queues are less efficient than one big one).",
        "nl": "Elk punt berekent Erlang C opnieuw voor beide wachtrijen; een kleine verschuiving kan personeel kosten (twee kleine wachtrijen zijn minder efficiënt dan één grote).",
    },
    "ch.shift_axis": {
        "en": "Phone calls moved to chat (%)",
        "nl": "Telefoongesprekken naar chat (%)",
    },
    "ch.measure.fte": {"en": "FTE (phone + chat)", "nl": "Fte (telefoon + chat)"},
    "ch.measure.cost": {"en": "Annual cost (EUR)", "nl": "Jaarkosten (EUR)"},
    "ch.chat_off": {
        "en": "Switch live chat on to see what moving calls to chat does.",
        "nl": "Zet livechat aan om te zien wat het verplaatsen van gesprekken naar chat doet.",
    },
}

FILES_UI: dict[str, dict[str, str]] = {
    "files.title": {"en": "Scenario file", "nl": "Scenariobestand"},
    "files.open": {
        "en": "Open a scenario file (YAML or JSON)",
        "nl": "Een scenariobestand openen (YAML of JSON)",
    },
    "files.open_help": {
        "en": "A file saved by ccx, at most 1 MB. Every problem in it is listed; nothing is opened until it is valid.",
        "nl": "Een door ccx opgeslagen bestand, hoogstens 1 MB. Elk probleem wordt genoemd; er wordt niets geopend tot het geldig is.",
    },
    "files.download": {
        "en": "Download this scenario (YAML)",
        "nl": "Dit scenario downloaden (YAML)",
    },
    "files.save_name": {"en": "Save in the library as", "nl": "Opslaan in de bibliotheek als"},
    "files.replace": {
        "en": "Replace a file with this name",
        "nl": "Een bestand met deze naam vervangen",
    },
    "files.save": {"en": "Save to the library", "nl": "Opslaan in de bibliotheek"},
    "files.saved": {"en": "Saved as {file}.", "nl": "Opgeslagen als {file}."},
    "files.save_invalid": {
        "en": "Not saved: correct these inputs first (the file must hold what the screen shows).",
        "nl": "Niet opgeslagen: verbeter eerst deze invoer (het bestand moet bevatten wat het "
        "scherm toont).",
    },
    "files.save_failed": {"en": "Could not save: {reason}.", "nl": "Opslaan mislukt: {reason}."},
    "files.too_large": {
        "en": "the file is larger than 1 MB",
        "nl": "het bestand is groter dan 1 MB",
    },
    "files.not_utf8": {"en": "the file is not UTF-8 text", "nl": "het bestand is geen UTF-8-tekst"},
}

COMPARE_UI: dict[str, dict[str, str]] = {
    "page.compare": {"en": "Compare", "nl": "Vergelijken"},
    "cmp.title": {"en": "Compare scenarios", "nl": "Scenario's vergelijken"},
    "cmp.caption": {
        "en": "Pick 2 to 4 scenarios from the library (or upload them) and a baseline. Deltas are scenario − baseline; NPV, IRR, ROI and payback are each scenario's business case against the baseline.",
        "nl": "Kies 2 tot 4 scenario's uit de bibliotheek (of upload ze) en een basis. Verschillen zijn scenario − basis; NPV, IRR, ROI en terugverdientijd zijn de businesscase van elk scenario ten opzichte van de basis.",
    },
    "cmp.upload": {
        "en": "Add scenario files to compare",
        "nl": "Scenariobestanden toevoegen om te vergelijken",
    },
    "cmp.pick": {"en": "Scenarios (2 to 4)", "nl": "Scenario's (2 tot 4)"},
    "cmp.baseline": {"en": "Baseline", "nl": "Basis"},
    "cmp.pick_more": {"en": "Pick at least two scenarios.", "nl": "Kies minstens twee scenario's."},
    "cmp.broken": {
        "en": "These files could not be opened: {files}.",
        "nl": "Deze bestanden konden niet worden geopend: {files}.",
    },
    "cmp.kpis": {"en": "Key figures", "nl": "Kerncijfers"},
    "cmp.kpi_chart": {
        "en": "Cost, revenue, net result and FTE",
        "nl": "Kosten, omzet, nettoresultaat en fte",
    },
    "cmp.cumulative_chart": {
        "en": "Cumulative cash flow against the baseline",
        "nl": "Cumulatieve kasstroom ten opzichte van de basis",
    },
    "cmp.cumulative_subtitle": {
        "en": "Each scenario's monthly business case, month 0 = now",
        "nl": "De maandelijkse businesscase van elk scenario, maand 0 = nu",
    },
    "cmp.assumptions": {"en": "What differs from the baseline", "nl": "Wat verschilt van de basis"},
    "cmp.assumptions_of": {
        "en": "{scenario}: {count} assumptions differ",
        "nl": "{scenario}: {count} aannames verschillen",
    },
    "cmp.no_differences": {
        "en": "Same assumptions as the baseline.",
        "nl": "Dezelfde aannames als de basis.",
    },
    "cmp.col.field": {"en": "Assumption", "nl": "Aanname"},
    "cmp.bridges": {
        "en": "From the baseline's cost to each scenario's net result",
        "nl": "Van de kosten van de basis naar het nettoresultaat van elk scenario",
    },
    "cmp.bridge_of": {"en": "Bridge: {scenario}", "nl": "Brug: {scenario}"},
}

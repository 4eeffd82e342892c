"""Languages and number formats: English and Dutch.

Messages are looked up by key, never written in English inside logic. Money is
formatted for the language: ``EUR 1.234.567`` in Dutch, ``EUR 1,234,567`` in English.
The app adds its own UI table on top of this one (``ccx_app.texts``).

Every message exists in both languages:

>>> [key for key, texts in MESSAGES.items() if set(texts) != set(LANGUAGES)]
[]
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Literal

Lang = Literal["en", "nl"]
LANGUAGES: tuple[Lang, ...] = ("en", "nl")

MESSAGES: dict[str, dict[str, str]] = {
    "problem.out_of_range": {
        "en": "{field}: {value} is not allowed; allowed: {allowed}.",
        "nl": "{field}: {value} is niet toegestaan; toegestaan: {allowed}.",
    },
    "problem.invalid": {
        "en": "{field}: {value} is not valid ({detail}).",
        "nl": "{field}: {value} is niet geldig ({detail}).",
    },
    "problem.unknown_field": {
        "en": "{field}: unknown field (a typo?); it is not part of a scenario.",
        "nl": "{field}: onbekend veld (een typfout?); het hoort niet bij een scenario.",
    },
    "problem.not_boolean": {
        "en": "{field}: {value} is not true or false.",
        "nl": "{field}: {value} is niet waar of onwaar (true/false).",
    },
    "problem.missing": {
        "en": "{field}: required but missing.",
        "nl": "{field}: verplicht maar ontbreekt.",
    },
    "problem.rule": {"en": "{field}: {detail}.", "nl": "{field}: {detail}."},
    "problem.text_too_long": {
        "en": "longer than {max_length} characters; shorten it",
        "nl": "langer dan {max_length} tekens; maak het korter",
    },
    "problem.text_too_short": {
        "en": "must have at least {min_length} character(s)",
        "nl": "moet minstens {min_length} teken(s) hebben",
    },
    "problem.too_many_items": {
        "en": "{actual_length} items; at most {max_length} are allowed",
        "nl": "{actual_length} onderdelen; maximaal {max_length} toegestaan",
    },
    "problem.too_few_items": {
        "en": "{actual_length} items; at least {min_length} are needed",
        "nl": "{actual_length} onderdelen; minimaal {min_length} nodig",
    },
    "range.between": {"en": "{low} to {high}", "nl": "{low} tot en met {high}"},
    "range.above": {"en": "above {x}", "nl": "meer dan {x}"},
    "range.below": {"en": "below {x}", "nl": "minder dan {x}"},
    "range.at_least": {"en": "at least {x}", "nl": "minimaal {x}"},
    "range.at_most": {"en": "at most {x}", "nl": "maximaal {x}"},
    "range.one_of": {"en": "{choices} or {last}", "nl": "{choices} of {last}"},
    "range.number": {"en": "a number", "nl": "een getal"},
    "day.mon": {"en": "Monday", "nl": "maandag"},
    "day.tue": {"en": "Tuesday", "nl": "dinsdag"},
    "day.wed": {"en": "Wednesday", "nl": "woensdag"},
    "day.thu": {"en": "Thursday", "nl": "donderdag"},
    "day.fri": {"en": "Friday", "nl": "vrijdag"},
    "day.sat": {"en": "Saturday", "nl": "zaterdag"},
    "day.sun": {"en": "Sunday", "nl": "zondag"},
    # Rules of the models (their key is the pydantic error type, prefixed "rule.").
    # A parameter named ``*_field`` holds a field name next to the rule's location,
    # which the app replaces by the field's label.
    "rule.contract_hours_above_full_time": {
        "en": "{contract_field} must not exceed {full_time_field}",
        "nl": "{contract_field} mag niet hoger zijn dan {full_time_field}",
    },
    "rule.opening_hours_days": {
        "en": "opening_hours needs 7 days, Monday to Sunday",
        "nl": "opening_hours heeft 7 dagen nodig, maandag tot en met zondag",
    },
    "rule.opening_hours_order": {
        "en": "opening hours must satisfy 0 ≤ open ≤ close ≤ 24 ({day}: {open_hour} to {close_hour})",
        "nl": "openingstijden moeten voldoen aan 0 ≤ open ≤ dicht ≤ 24 "
        "({day}: {open_hour} tot {close_hour})",
    },
    "rule.hourly_weights": {
        "en": "hourly_weights needs 24 values of 0 or more",
        "nl": "hourly_weights heeft 24 waarden van 0 of meer nodig",
    },
    "rule.day_shares_sum": {
        "en": "day_shares must add up to 1 (they add up to {total})",
        "nl": "day_shares moeten samen 1 zijn (ze zijn samen {total})",
    },
    "rule.day_without_open_hours": {
        "en": "{day} has {share}% of the calls but no open hours with a positive hourly weight",
        "nl": "{day} heeft {share}% van de gesprekken maar geen openingsuren met een positief "
        "uurgewicht",
    },
    "rule.interval_calls": {
        "en": "interval_calls must be 0 or more and not all 0",
        "nl": "interval_calls moeten 0 of meer zijn en niet allemaal 0",
    },
    "rule.interval_aht": {
        "en": "interval_aht_seconds needs one positive value per interval",
        "nl": "interval_aht_seconds heeft per interval één positieve waarde nodig",
    },
    "rule.control_character": {
        "en": "contains the control character U+{code} at position {position}; remove it "
        "(only letters, digits, punctuation and spaces can be shown in a board pack)",
        "nl": "bevat het stuurteken U+{code} op positie {position}; verwijder het "
        "(alleen letters, cijfers, leestekens en spaties kunnen in een directiepresentatie)",
    },
    "problem.tiny_number": {
        "en": "{field}: {value} is too close to 0 to compute with; write 0, or a number of "
        "at least {smallest} (allowed: {allowed}).",
        "nl": "{field}: {value} ligt te dicht bij 0 om mee te rekenen; schrijf 0, of een getal "
        "van minimaal {smallest} (toegestaan: {allowed}).",
    },
    "rule.traffic_too_high": {
        "en": "the busiest interval holds {traffic} Erlangs of work (calls × handle time ÷ "
        "interval length); at most {max_traffic} per interval can be staffed: lower the "
        "volume or the handle time",
        "nl": "het drukste interval bevat {traffic} Erlang werk (gesprekken × "
        "afhandeltijd ÷ intervallengte); maximaal {max_traffic} per interval kan worden "
        "ingeroosterd: verlaag het volume of de afhandeltijd",
    },
    "rule.investment_after_horizon": {
        "en": "investment '{name}' is paid in month {month}, after the horizon of {months} months",
        "nl": "investering '{name}' wordt betaald in maand {month}, na de horizon van "
        "{months} maanden",
    },
    "rule.reason_shares_sum": {
        "en": "the contact reasons of channel {channel} add up to {total}%, not 100% "
        "(normalise them, or correct a share)",
        "nl": "de contactredenen van kanaal {channel} zijn samen {total}%, niet 100% "
        "(normaliseer ze, of corrigeer een aandeel)",
    },
    "rule.cut_unknown_department": {
        "en": "no avoidable contact reason is caused by department '{department}'",
        "nl": "geen vermijdbare contactreden wordt veroorzaakt door afdeling '{department}'",
    },
    "library.bad_name": {
        "en": "'{name}' cannot be a file name: use letters or digits",
        "nl": "'{name}' kan geen bestandsnaam zijn: gebruik letters of cijfers",
    },
    "library.reserved_name": {
        "en": "'{name}' is a name Windows keeps for a device; choose another name",
        "nl": "'{name}' is een naam die Windows voor een apparaat gebruikt; kies een andere naam",
    },
    "library.exists": {
        "en": "{file} already exists in the library: confirm to replace it, or choose another name",
        "nl": "{file} bestaat al in de bibliotheek: bevestig om het te vervangen, of kies een andere naam",
    },
    "cli.export_formats": {
        "en": "--format: {found} is not a format; allowed: {allowed}",
        "nl": "--format: {found} is geen formaat; toegestaan: {allowed}",
    },
    "cli.export_accent": {
        "en": "--accent: {accent} is not a colour; allowed: #rrggbb, e.g. #0B6E4F",
        "nl": "--accent: {accent} is geen kleur; toegestaan: #rrggbb, bv. #0B6E4F",
    },
    "cli.export_failed": {
        "en": "cannot write to {folder}: {reason}",
        "nl": "kan niet schrijven naar {folder}: {reason}",
    },
    # Files: scenarios and forecasts.
    "file.bad_version": {
        "en": "{version} is not a version this program wrote; allowed: a whole number from 1 "
        "to {current}",
        "nl": "{version} is geen versie die dit programma schreef; toegestaan: een geheel getal "
        "van 1 tot en met {current}",
    },
    "file.version_not_whole": {
        "en": "{version} is not a whole number; write {whole} (this program reads versions 1 "
        "to {current})",
        "nl": "{version} is geen geheel getal; schrijf {whole} (dit programma leest versies 1 "
        "tot en met {current})",
    },
    "file.future_version": {
        "en": "this file was saved by a newer version of ccx (schema_version {version}; this one "
        "reads up to {current}): update ccx to open it",
        "nl": "dit bestand is opgeslagen met een nieuwere versie van ccx (schema_version {version}; "
        "deze leest tot en met {current}): werk ccx bij om het te openen",
    },
    "file.too_large": {"en": "file larger than {kb} kB", "nl": "bestand groter dan {kb} kB"},
    "file.invalid_yaml": {"en": "not valid YAML", "nl": "geen geldige YAML"},
    "file.invalid_yaml_at": {
        "en": "not valid YAML at line {line}, column {column}",
        "nl": "geen geldige YAML op regel {line}, kolom {column}",
    },
    "file.empty": {"en": "the file is empty", "nl": "het bestand is leeg"},
    "file.not_mapping": {
        "en": "a scenario file must hold a mapping of fields, not a list or a value",
        "nl": "een scenariobestand moet velden met hun waarden bevatten, geen lijst of losse waarde",
    },
    "file.cannot_read": {
        "en": "cannot read {path}: {reason}",
        "nl": "kan {path} niet lezen: {reason}",
    },
    "file.not_utf8": {
        "en": "the file is not UTF-8 text",
        "nl": "het bestand is geen UTF-8-tekst",
    },
    "file.named_not_utf8": {
        "en": "{path} is not UTF-8 text",
        "nl": "{path} is geen UTF-8-tekst",
    },
    "file.anchor_alias": {
        "en": "line {line}: anchors and aliases (&name, *name) are not allowed in a scenario "
        "file; write the values out",
        "nl": "regel {line}: ankers en aliassen (&naam, *naam) zijn niet toegestaan in een "
        "scenariobestand; schrijf de waarden uit",
    },
    "file.tag_not_allowed": {
        "en": "line {line}: the tag {tag} is not allowed in a scenario file "
        "(only plain values, lists and mappings)",
        "nl": "regel {line}: de tag {tag} is niet toegestaan in een scenariobestand "
        "(alleen gewone waarden, lijsten en velden)",
    },
    "file.merge_key": {
        "en": "line {line}: merge keys (<<) are not allowed in a scenario file; write the "
        "values out",
        "nl": "regel {line}: samenvoegsleutels (<<) zijn niet toegestaan in een "
        "scenariobestand; schrijf de waarden uit",
    },
    "file.control_character": {
        "en": "line {line}, column {column}: the control character U+{code} cannot be in a "
        "scenario file; remove it",
        "nl": "regel {line}, kolom {column}: het stuurteken U+{code} kan niet in een "
        "scenariobestand staan; verwijder het",
    },
    "file.duplicate_key": {
        "en": "appears twice (lines {first_line} and {line}); keep one",
        "nl": "komt twee keer voor (regels {first_line} en {line}); houd er één over",
    },
    "file.too_deep": {
        "en": "nested more than {depth} levels deep (line {line}); a scenario needs a few",
        "nl": "meer dan {depth} niveaus diep genest (regel {line}); een scenario heeft er "
        "een paar nodig",
    },
    "file.too_many_items": {
        "en": "more than {count} items in one list or mapping (line {line})",
        "nl": "meer dan {count} onderdelen in één lijst of groep velden (regel {line})",
    },
    "file.too_many_values": {
        "en": "more than {count} values; a scenario holds far fewer",
        "nl": "meer dan {count} waarden; een scenario bevat er veel minder",
    },
    "file.number_too_long": {
        "en": "a number written with {chars} characters; no field takes a number that long",
        "nl": "een getal van {chars} tekens; geen veld neemt zo'n lang getal",
    },
    "file.boolean_not_number": {
        "en": "{found} is not a number (true/false, yes/no and on/off are yes-or-no answers): "
        "write the number",
        "nl": "{found} is geen getal (true/false, yes/no en on/off zijn ja-of-nee-antwoorden): "
        "schrijf het getal",
    },
    "file.number_form": {
        "en": "'{found}' is not a number in a scenario file; write it as a plain decimal "
        "number: {number}",
        "nl": "'{found}' is geen getal in een scenariobestand; schrijf het als gewoon decimaal "
        "getal: {number}",
    },
    "file.number_form_long": {
        "en": "'{found}' is not a number in a scenario file (YAML 1.1 would read it in base 60, "
        "hexadecimal or with underscores); write it as a plain decimal number",
        "nl": "'{found}' is geen getal in een scenariobestand (YAML 1.1 zou het lezen als "
        "zestigtallig, hexadecimaal of met lage streepjes); schrijf het als gewoon decimaal getal",
    },
    "file.more_problems": {
        "en": "and {count} more problems (correct the ones above first)",
        "nl": "en nog {count} problemen (verbeter eerst de problemen hierboven)",
    },
    "override.syntax": {
        "en": "expected path.to.field=value",
        "nl": "verwacht path.to.field=waarde",
    },
    "csv.empty": {"en": "the CSV file is empty", "nl": "het CSV-bestand is leeg"},
    "csv.no_calls_column": {
        "en": "the CSV needs a 'calls' column (optional: 'aht_seconds'); found columns: {columns}",
        "nl": "de CSV heeft een kolom 'calls' nodig (optioneel: 'aht_seconds'); "
        "gevonden kolommen: {columns}",
    },
    "csv.no_columns": {"en": "none", "nl": "geen"},
    "csv.reason_columns": {
        "en": "the columns must be {expected} (reason and share required); found: {found}",
        "nl": "de kolommen moeten {expected} zijn (reason en share verplicht); gevonden: {found}",
    },
    "csv.too_many_rows": {"en": "more than {max_rows} rows", "nl": "meer dan {max_rows} rijen"},
    "csv.cell": {"en": "row {row}, column {column}", "nl": "rij {row}, kolom {column}"},
    "csv.ambiguous_number": {
        "en": "'{cell}' can be read as {point} (decimal point) or as {comma} (decimal comma), "
        "and nothing else in the file tells which; write it without a thousands separator, "
        "e.g. 1234 or 1.2340",
        "nl": "'{cell}' kan {point} (decimale punt) of {comma} (decimale komma) betekenen, en "
        "niets anders in het bestand zegt welke; schrijf het zonder scheidingsteken voor "
        "duizendtallen, bv. 1234 of 1,2340",
    },
    "csv.mixed_decimals": {
        "en": "'{cell}' uses a decimal comma, but '{other}' (row {other_row}) a decimal point; "
        "use one decimal mark in the whole file",
        "nl": "'{cell}' gebruikt een decimale komma, maar '{other}' (rij {other_row}) een "
        "decimale punt; gebruik in het hele bestand één decimaalteken",
    },
    "csv.no_rows": {"en": "the CSV has no data rows", "nl": "de CSV heeft geen gegevensrijen"},
    # The command line's own messages.
    "cli.target_or_agents": {
        "en": "give exactly one of --service-level (a target) or --agents (a head count)",
        "nl": "geef precies één van --service-level (een norm) of --agents (een aantal agents)",
    },
    "cli.calls_or_intervals": {
        "en": "give --calls N (one interval) or --intervals FILE.csv",
        "nl": "geef --calls N (één interval) of --intervals BESTAND.csv",
    },
    "cli.traffic_too_high": {
        "en": "--calls × --aht-seconds ÷ (--interval-minutes × 60) is {traffic} Erlangs; "
        "at most {max_traffic} Erlangs per interval are supported",
        "nl": "--calls × --aht-seconds ÷ (--interval-minutes × 60) is {traffic} Erlang; "
        "maximaal {max_traffic} Erlang per interval wordt ondersteund",
    },
    "cli.row_traffic_too_high": {
        "en": "--intervals row {row}: calls × AHT ÷ (--interval-minutes × 60) is {traffic} "
        "Erlangs; at most {max_traffic} Erlangs per interval are supported",
        "nl": "--intervals rij {row}: gesprekken × AHT ÷ (--interval-minutes × 60) is "
        "{traffic} Erlang; maximaal {max_traffic} Erlang per interval wordt ondersteund",
    },
    # ---- BEGIN targeting and pilots (customer_file, rfm, targeting, pilot) ----
    "customers.unknown_field": {
        "en": "not a column of a customer file; allowed: {allowed}",
        "nl": "geen kolom van een klantbestand; toegestaan: {allowed}",
    },
    "customers.mapped_column_missing": {
        "en": "the file has no column '{column}'; found: {found}",
        "nl": "het bestand heeft geen kolom '{column}'; gevonden: {found}",
    },
    "customers.ambiguous_column": {
        "en": "the columns '{first}' and '{second}' both read as {target}: choose one in the "
        "column mapping",
        "nl": "de kolommen '{first}' en '{second}' worden allebei gelezen als {target}: kies er "
        "één in de kolomkoppeling",
    },
    "customers.missing_columns": {
        "en": "the file needs the columns {transactions} (one row per purchase) or {customers} "
        "(one row per customer), under these or their usual names; found: {found}",
        "nl": "het bestand heeft de kolommen {transactions} (één rij per aankoop) of {customers} "
        "(één rij per klant) nodig, onder deze of hun gebruikelijke namen; gevonden: {found}",
    },
    "customers.row_width": {
        "en": "row {row} has {cells} cells where the header has {expected} (a decimal comma in a "
        "comma-separated file? save it with ';' as separator, or put the amounts in quotes)",
        "nl": "rij {row} heeft {cells} cellen waar de kopregel er {expected} heeft (een "
        "decimale komma in een bestand met komma's als scheidingsteken? sla het op met ';', of "
        "zet de bedragen tussen aanhalingstekens)",
    },
    "customers.not_csv": {
        "en": "the file cannot be read as CSV ({reason})",
        "nl": "het bestand is niet als CSV te lezen ({reason})",
    },
    "customers.empty_cell": {
        "en": "empty; a value is required",
        "nl": "leeg; een waarde is verplicht",
    },
    "customers.bad_count": {
        "en": "'{value}' is not a number of purchases; allowed: a whole number from 1 to {max}",
        "nl": "'{value}' is geen aantal aankopen; toegestaan: een heel getal van 1 tot en met {max}",
    },
    "customers.bad_amount": {
        "en": "'{value}' is not an amount; allowed: -1,000,000,000 to 1,000,000,000",
        "nl": "'{value}' is geen bedrag; toegestaan: -1.000.000.000 tot en met 1.000.000.000",
    },
    "customers.bad_date": {
        "en": "'{value}' is not a date written as {format}",
        "nl": "'{value}' is geen datum in de vorm {format}",
    },
    "customers.month_first_dates": {
        "en": "the dates in column {column} are written month first (mm/dd/yyyy), which is not "
        "read by default: give the date format %m/%d/%Y",
        "nl": "de datums in kolom {column} beginnen met de maand (mm/dd/jjjj), wat niet vanzelf "
        "gelezen wordt: geef de datumnotatie %m/%d/%Y op",
    },
    "customers.mixed_decimal": {
        "en": "column {column} mixes decimal marks: row {comma_row} writes {comma_value} "
        "(decimal comma), row {point_row} writes {point_value} (decimal point); correct one, or "
        "give the decimal mark",
        "nl": "kolom {column} mengt decimaaltekens: rij {comma_row} schrijft {comma_value} "
        "(decimale komma), rij {point_row} schrijft {point_value} (decimale punt); verbeter er "
        "één, of geef het decimaalteken op",
    },
    "customers.ambiguous_decimal": {
        "en": "'{value}' can be read with a decimal mark or a thousands separator, and the file's "
        "separator does not tell which: give the decimal mark (',' or '.')",
        "nl": "'{value}' is te lezen met een decimaalteken of met een scheidingsteken voor "
        "duizendtallen, en het scheidingsteken van het bestand zegt niet welke: geef het "
        "decimaalteken op (',' of '.')",
    },
    "customers.bad_yes_no": {
        "en": "'{value}' is not yes or no; allowed: yes/no, ja/nee, true/false, 1/0, or empty "
        "({empty})",
        "nl": "'{value}' is geen ja of nee; toegestaan: ja/nee, yes/no, true/false, 1/0, of leeg "
        "({empty})",
    },
    "customers.empty_consent": {"en": "empty = no consent", "nl": "leeg = geen toestemming"},
    "customers.empty_response": {
        "en": "empty = never offered",
        "nl": "leeg = nooit een aanbod gehad",
    },
    "customers.duplicate_id": {
        "en": "the same customer as row {first_row}; a customer file has one row per customer",
        "nl": "dezelfde klant als rij {first_row}; een klantbestand heeft één rij per klant",
    },
    "customers.after_as_of": {
        "en": "last purchase {value} is after the as-of date {as_of}",
        "nl": "laatste aankoop {value} ligt na de peildatum {as_of}",
    },
    "customers.nothing_before_as_of": {
        "en": "no purchase on or before the as-of date {as_of}",
        "nl": "geen aankoop op of voor de peildatum {as_of}",
    },
    "customers.frame_column": {
        "en": "the table needs a column '{column}'; found: {found}",
        "nl": "de tabel heeft een kolom '{column}' nodig; gevonden: {found}",
    },
    "rfm.segment.champions": {"en": "Champions", "nl": "Kampioenen"},
    "rfm.segment.loyal_customers": {"en": "Loyal customers", "nl": "Trouwe klanten"},
    "rfm.segment.potential_loyalists": {
        "en": "Potential loyalists",
        "nl": "Potentieel trouwe klanten",
    },
    "rfm.segment.new_customers": {"en": "New customers", "nl": "Nieuwe klanten"},
    "rfm.segment.promising": {"en": "Promising", "nl": "Veelbelovend"},
    "rfm.segment.need_attention": {"en": "Need attention", "nl": "Aandacht nodig"},
    "rfm.segment.about_to_sleep": {"en": "About to sleep", "nl": "Dreigen af te haken"},
    "rfm.segment.at_risk": {"en": "At risk", "nl": "Risicoklanten"},
    "rfm.segment.cant_lose": {"en": "Can't lose them", "nl": "Niet te missen"},
    "rfm.segment.hibernating": {"en": "Hibernating", "nl": "Slapend"},
    "rule.targeting_duplicate_segment": {
        "en": "segment '{segment}' is chosen twice",
        "nl": "segment '{segment}' is twee keer gekozen",
    },
    "rule.targeting_shares_sum": {
        "en": "the chosen segments hold {total} of the customers, more than all of them",
        "nl": "de gekozen segmenten bevatten {total} van de klanten, meer dan allemaal",
    },
    "rule.pilot_target_equals_baseline": {
        "en": "the target conversion equals the baseline ({rate}): there is nothing to detect",
        "nl": "de doelconversie is gelijk aan de basis ({rate}): er valt niets aan te tonen",
    },
    "rule.pilot_held_out_share_missing": {
        "en": "a held-out control group needs held_out_share",
        "nl": "een achtergehouden controlegroep heeft held_out_share nodig",
    },
    "rule.pilot_groups_above_all": {
        "en": "the pilot and the held-out control together are {total} of the centre, more than "
        "all of it",
        "nl": "de pilot en de achtergehouden controlegroep zijn samen {total} van het centrum, "
        "meer dan het geheel",
    },
    "rule.pilot_sales_above_offers": {
        "en": "{sales} sales from {offers} offers: sales cannot exceed offers",
        "nl": "{sales} verkopen uit {offers} aanbiedingen: er kunnen niet meer verkopen dan "
        "aanbiedingen zijn",
    },
    "rule.pilot_cancellations_above_sales": {
        "en": "{cancellations} cancellations of {sales} sales: cancellations cannot exceed sales",
        "nl": "{cancellations} annuleringen van {sales} verkopen: er kunnen niet meer "
        "annuleringen dan verkopen zijn",
    },
    "rule.pilot_duplicate_week": {
        "en": "week {week} appears twice",
        "nl": "week {week} komt twee keer voor",
    },
    "pilot.legacy_note": {
        "en": "Success criteria written before they were numbers: {criteria}",
        "nl": "Succescriteria van voordat ze getallen waren: {criteria}",
    },
    "pilot.cannot_detect": {
        "en": "the pilot needs {weeks} weeks to detect a conversion of {target} against {baseline}, "
        "but runs {duration} weeks",
        "nl": "de pilot heeft {weeks} weken nodig om een conversie van {target} tegen {baseline} "
        "aan te tonen, maar duurt {duration} weken",
    },
    "pilot.cannot_detect_at_all": {
        "en": "the pilot group gets no eligible contacts: it cannot detect anything",
        "nl": "de pilotgroep krijgt geen geschikte contacten: er valt niets aan te tonen",
    },
    "pilot.detectable": {
        "en": "in {duration} weeks it can detect a conversion of {detectable} at best",
        "nl": "in {duration} weken kan ze hooguit een conversie van {detectable} aantonen",
    },
    "pilot.criterion.min_conversion": {
        "en": "Conversion at least",
        "nl": "Conversie minimaal",
    },
    "pilot.criterion.min_uplift": {
        "en": "Conversion uplift vs control at least",
        "nl": "Conversiewinst t.o.v. controlegroep minimaal",
    },
    "pilot.criterion.max_aht_increase_seconds": {
        "en": "AHT increase vs control at most (seconds)",
        "nl": "Stijging gespreksduur t.o.v. controlegroep maximaal (seconden)",
    },
    "pilot.criterion.max_fcr_drop_points": {
        "en": "FCR drop vs control at most (points)",
        "nl": "Daling FCR t.o.v. controlegroep maximaal (procentpunten)",
    },
    "pilot.criterion.max_nps_drop_points": {
        "en": "NPS drop vs control at most (points)",
        "nl": "Daling NPS t.o.v. controlegroep maximaal (punten)",
    },
    "pilot.criterion.max_cancellation_rate": {
        "en": "Cancellation rate at most",
        "nl": "Annuleringsgraad maximaal",
    },
    "pilot.status.met": {"en": "met", "nl": "gehaald"},
    "pilot.status.missed": {"en": "missed", "nl": "niet gehaald"},
    "pilot.status.undecided": {"en": "not yet decided", "nl": "nog niet beslist"},
    "pilot.decision.scale": {"en": "scale up", "nl": "opschalen"},
    "pilot.decision.stop": {"en": "stop", "nl": "stoppen"},
    "pilot.decision.extend": {"en": "extend the pilot", "nl": "pilot verlengen"},
    # ---- END targeting and pilots ----
}


def translate(
    key: str,
    lang: str = "en",
    table: Mapping[str, Mapping[str, str]] | None = None,
    **values: object,
) -> str:
    """The text for ``key`` in ``lang`` (English if missing), with ``values`` filled in.

    >>> translate("range.at_least", "nl", x=1)
    'minimaal 1'
    """
    entry = (table or MESSAGES).get(key) or MESSAGES.get(key)
    if entry is None:
        raise KeyError(f"no text for {key!r}")
    text = entry.get(lang) or entry["en"]
    return text.format(**values) if values else text


def translate_localized(key: str, lang: str, params: Mapping[str, object]) -> str:
    """``translate`` with ``params`` written as the language writes them (``localize``).

    >>> translate_localized("range.at_least", "nl", {"x": 0.5})
    'minimaal 0,5'
    """
    return translate(key, lang, None, **localize(params, lang))


def localize(values: Mapping[str, object], lang: str = "en") -> dict[str, object]:
    """A message's parameters as the language writes them.

    Floats get the language's decimal mark (``format_short``); a parameter named
    ``*_key`` holds a text key and is translated, under its name without the suffix;
    one named ``*_plain`` is a number written without thousands separators.
    Everything else (names, counts, file paths) is shown as it is.

    >>> localize({"total": 0.95, "day_key": "day.mon", "month": 61}, "nl")
    {'total': '0,95', 'day': 'maandag', 'month': 61}
    """
    shown: dict[str, object] = {}
    for name, value in values.items():
        if name.endswith("_key") and isinstance(value, str):
            shown[name.removesuffix("_key")] = translate(value, lang)
        elif name.endswith("_plain") and isinstance(value, float):
            # Without a thousands separator, which could itself be read as a decimal mark.
            plain = format(value, ".15g")
            shown[name.removesuffix("_plain")] = plain.replace(".", ",") if lang == "nl" else plain
        elif isinstance(value, float):
            shown[name] = format_short(value, lang)
        else:
            shown[name] = value
    return shown


def format_short(value: float, lang: str = "en") -> str:
    """A number without needless digits: 0.8, 7,200, 10,000,000 (Dutch: 0,8 / 7.200).

    >>> format_short(0.999, "nl"), format_short(7200.0), format_short(1e7)
    ('0,999', '7,200', '10,000,000')
    """
    text = f"{value:,g}" if abs(value) < 1e6 else f"{value:,.0f}"
    return _group(text, lang)


def _group(text: str, lang: str) -> str:
    # Python formats as 1,234,567.89; Dutch swaps the separators: 1.234.567,89.
    return text.translate(str.maketrans(",.", ".,")) if lang == "nl" else text


def format_number(value: float, lang: str = "en", decimals: int = 0) -> str:
    """A number with thousands separators for the language.

    >>> format_number(1234567.891, "nl", 2), format_number(1234567.891, "en", 1)
    ('1.234.567,89', '1,234,567.9')
    """
    if not math.isfinite(value):
        return "∞" if value > 0 else ("-∞" if value < 0 else "n/a")
    return _group(f"{value:,.{decimals}f}", lang)


def format_eur(amount_eur: float, lang: str = "en", decimals: int = 0) -> str:
    """Euro amount for the language, sign before the currency.

    >>> format_eur(1234567, "nl"), format_eur(1234567, "en"), format_eur(-2.5, "nl", 2)
    ('EUR 1.234.567', 'EUR 1,234,567', '-EUR 2,50')
    """
    sign = "-" if amount_eur < 0 else ""
    return f"{sign}EUR {format_number(abs(amount_eur), lang, decimals)}"


def format_percent(share: float, lang: str = "en", decimals: int = 1) -> str:
    """A share (0.8) as a percentage ('80.0%' / '80,0%').

    >>> format_percent(0.888, "en"), format_percent(0.888, "nl")
    ('88.8%', '88,8%')
    """
    return f"{format_number(share * 100.0, lang, decimals)}%"

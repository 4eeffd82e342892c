"""Plain text of ccx rfm and ccx pilot-size (without --json)."""

TEXTS = {
    "cli.rfm.per_customer": (
        "The scores per customer (R, F, M and segment) are in the JSON: add --json.",
        "De scores per klant (R, F, M en segment) staan in de JSON: voeg --json toe.",
    ),
    "pilot.size_text": (
        "{per_group} offers in the pilot group and {control} in the control, {total} in "
        "all, to tell a conversion of {target} from {baseline} with {power} power at a "
        "two-sided significance level of {alpha} (pooled two-proportion z-test, Fleiss).",
        "{per_group} aanbiedingen in de pilotgroep en {control} in de controlegroep, samen "
        "{total}, om een conversie van {target} te onderscheiden van {baseline} met "
        "{power} onderscheidend vermogen bij een tweezijdig significantieniveau van "
        "{alpha} (gepoolde z-toets van twee proporties, Fleiss).",
    ),
}

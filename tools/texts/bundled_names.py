"""The contact reasons and departments of ccx's bundled scenarios, in both languages
(issue 13). The English is the name as the scenarios in ``scenarios/`` hold it, letter
for letter: ``ccx_model.bundled_names`` finds a name by that English text."""

TEXTS = {
    "bundled.reason.where_is_my_order": ("Where is my order?", "Waar blijft mijn bestelling?"),
    "bundled.reason.invoice_unclear": (
        "Invoice unclear or wrong",
        "Factuur onduidelijk of onjuist",
    ),
    "bundled.reason.cannot_log_in": (
        "Cannot log in / website error",
        "Kan niet inloggen / fout op de website",
    ),
    "bundled.reason.promotion_terms": ("Promotion terms unclear", "Actievoorwaarden onduidelijk"),
    "bundled.reason.carrier_late": ("Carrier delivered late", "Vervoerder leverde te laat"),
    "bundled.reason.change_address_contract": (
        "Change of address or contract",
        "Wijziging van adres of contract",
    ),
    "bundled.reason.advice_new_order": (
        "Product advice or new order",
        "Productadvies of nieuwe bestelling",
    ),
    "bundled.reason.cancel_or_move": ("Cancel or move", "Opzeggen of verhuizen"),
    "bundled.reason.technical_support": (
        "Technical support (product)",
        "Technische ondersteuning (product)",
    ),
    "bundled.department.logistics": ("Logistics", "Logistiek"),
    "bundled.department.billing": ("Billing", "Facturatie"),
    "bundled.department.it": ("IT", "IT"),
    "bundled.department.marketing": ("Marketing", "Marketing"),
    "bundled.department.carrier": ("Supplier (carrier)", "Leverancier (vervoerder)"),
}

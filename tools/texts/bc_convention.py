"""The Business case caption reads without a possessive of a long baseline phrase."""

TEXTS = {
    "bc.convention": (
        "The difference of two monthly ledgers, line by line, over {months} months: this scenario's minus that of {baseline}. Month 0 is now (payments made now) and is not discounted; month m is discounted by (1 + {rate})^(m/12), a nominal rate. Wage-driven costs rise {wages} a year, other costs and margins {prices}, in steps of a year. Margin is counted in the months it is earned; nothing after the horizon counts. ROI = (benefits − costs) ÷ costs over the horizon, undiscounted, each ledger line counted as a benefit or a cost by its total. IRR is annualised and shown up to 100% a year.",
        "Het verschil van twee maandelijkse kasboeken, regel voor regel, over {months} maanden: dat van dit scenario min dat van {baseline}. Maand 0 is nu (betalingen die nu gedaan worden) en wordt niet verdisconteerd; maand m wordt verdisconteerd met (1 + {rate})^(m/12), een nominale voet. Loongedreven kosten stijgen {wages} per jaar, overige kosten en marges {prices}, in stappen van een jaar. Marge telt in de maanden waarin ze wordt verdiend; niets na de horizon telt mee. ROI = (opbrengsten − kosten) ÷ kosten over de horizon, niet verdisconteerd, elke kasboekregel geteld als opbrengst of kosten naar zijn totaal. De IRR is per jaar en wordt getoond tot 100% per jaar.",
    ),
}

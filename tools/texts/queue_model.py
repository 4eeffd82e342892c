"""Which queue model a KPI's explanation names: Erlang C, or Erlang A (issue 15)."""

TEXTS = {
    "words.queue.erlang_c": (
        "Erlang C per interval, 1 − C·e^(−(N−A)·T ÷ AHT)",
        "Erlang C per interval, 1 − C·e^(−(N−A)·T ÷ AHT)",
    ),
    "words.queue.erlang_a": (
        "Erlang A per interval, in which callers hang up and count as not answered",
        "Erlang A per interval, waarin bellers ophangen en als niet opgenomen tellen",
    ),
    "explain.service_level": (
        "Share of the offered calls answered within {answer} s: {model}, weighted by calls "
        "over the week (the provider's calls included).",
        "Aandeel van de aangeboden gesprekken dat binnen {answer} s wordt opgenomen: {model}, "
        "gewogen naar gesprekken over de week (inclusief die van de aanbieder).",
    ),
    "explain.peak_agents": (
        "The most agents any interval of the week needs on the phones ({model}; occupancy "
        "cap {cap}).",
        "Het grootste aantal agents dat een interval van de week aan de telefoon nodig heeft "
        "({model}; bezettingsplafond {cap}).",
    ),
}

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
}

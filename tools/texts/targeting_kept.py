"""The Targeting page keeps the uploaded customer file while the director visits other pages."""

TEXTS = {
    "targeting.kept": (
        "Showing {name}, uploaded earlier in this session and kept in its memory only. "
        "Upload a file to replace it.",
        "Hier staat {name}, eerder in deze sessie geüpload en alleen in haar geheugen "
        "bewaard. Upload een bestand om het te vervangen.",
    ),
    "targeting.forget": ("Forget the file", "Bestand vergeten"),
}

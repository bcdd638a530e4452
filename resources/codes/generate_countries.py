"""Regenerate countries.json from ISO 3166-1 (pycountry) and CLDR names (babel).

Run from the repository root with a venv that has the build-only tools:
    pip install pycountry babel && python resources/codes/generate_countries.py
The app reads the JSON; it never imports pycountry at run time.
"""

from __future__ import annotations

import json
from importlib.metadata import version
from pathlib import Path

HERE = Path(__file__).resolve().parent
TABLE_VERSION = "2026.1"

# Legacy China Customs numeric country codes, only those confirmed in
# docs reference customs-domain §1.7 [CTRY-NUM]; the rest are unknown, not guessed.
CUSTOMS_NUMERIC = {
    "CHN": "142",
    "RUS": "344",
    "JPN": "116",
    "KOR": "133",
    "USA": "502",
    "BLR": "340",
    "KAZ": "145",
    "MNG": "124",
}


def write_table(name: str, source: str, note: str, entries: list[dict]) -> Path:
    """Write one code table: header fields, then one entry per line so diffs stay readable."""
    head = {"table": name, "version": TABLE_VERSION, "source": source, "note": note}
    lines = ["{"]
    lines += [f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}," for k, v in head.items()]
    lines.append('  "entries": [')
    body = [f"    {json.dumps(e, ensure_ascii=False)}" for e in entries]
    lines.append(",\n".join(body))
    lines += ["  ]", "}"]
    path = HERE / f"{name}.json"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def cldr_locales():
    """The three UI languages' CLDR locales."""
    import babel

    return tuple(babel.Locale.parse(tag) for tag in ("zh_CN", "ru", "en"))


def cldr_label() -> str:
    import babel
    from babel.core import get_cldr_version

    return f"Unicode CLDR {get_cldr_version()} via babel {babel.__version__}"


def main() -> None:
    import pycountry

    zh, ru, en = cldr_locales()
    entries = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        entry = {
            "code": c.alpha_3,
            "zh": zh.territories[c.alpha_2],
            "ru": ru.territories[c.alpha_2],
            "en": en.territories[c.alpha_2],
            "alpha2": c.alpha_2,
            "iso_numeric": c.numeric,
        }
        if c.alpha_3 in CUSTOMS_NUMERIC:
            entry["customs_numeric"] = CUSTOMS_NUMERIC[c.alpha_3]
        entries.append(entry)
    missing = set(CUSTOMS_NUMERIC) - {e["code"] for e in entries}
    if missing:
        raise SystemExit(f"customs codes for unknown countries: {sorted(missing)}")
    path = write_table(
        "countries",
        source=(
            f"ISO 3166-1 alpha-3/alpha-2/numeric from pycountry {version('pycountry')} "
            f"(Debian iso-codes data); names in zh_CN/ru/en from {cldr_label()}; "
            "customs_numeric = legacy China Customs country codes as listed in docs "
            "reference customs-domain §1.7 [CTRY-NUM]; regenerate with generate_countries.py"
        ),
        note=(
            "customs_numeric is given only for the 8 countries whose legacy code the "
            "reference confirms; all others are unknown. Whether CEB country/POD fields at "
            "Heihe expect the legacy numeric code or ISO alpha-3 is unverified. Names are "
            "CLDR display names, not official customs names."
        ),
        entries=entries,
    )
    print(f"wrote {path.name}: {len(entries)} entries")


if __name__ == "__main__":
    main()

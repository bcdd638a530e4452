"""Exchange rates with date and source; the rate in force for a day; conversion through it."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from heihe_desk.core.domain.errors import N_, Issue, ValidationError
from heihe_desk.core.domain.money import parse_decimal
from heihe_desk.core.domain.record import Collector, new_id, text, utc_now
from heihe_desk.core.services.context import Context
from heihe_desk.core.storage import journal
from heihe_desk.core.storage.database import transaction


class Rates:
    def __init__(self, ctx: Context):
        self.ctx = ctx

    def add(self, data: Mapping[str, Any], source: str = "manual") -> dict[str, Any]:
        """Record a rate (units of ``quote`` per one ``base``) for a date; rates are facts, never edited."""
        c = Collector()
        rate_date = text(data, "rate_date")
        try:
            from datetime import date

            date.fromisoformat(rate_date)
        except ValueError:
            c.add(Issue("rate_date", N_("Rate date"), N_("must be a date written YYYY-MM-DD"), "2026-03-08"))
        base, quote = (text(data, "base") or "CNY").upper(), (text(data, "quote") or "RUB").upper()
        currencies = self.ctx.code_sets.get("currencies", set())
        for key, value in (("base", base), ("quote", quote)):
            if currencies and value not in currencies:
                c.add(Issue(key, N_("Currency"), N_("must be a currency code from the currency table"), "RUB"))
        if base == quote:
            c.add(Issue("quote", N_("Currency"), N_("must differ from the base currency"), "RUB"))
        try:
            rate = parse_decimal(text(data, "rate"))
            if rate <= 0:
                raise ValueError
        except ValueError:
            rate = Decimal(0)
            c.add(Issue("rate", N_("Exchange rate"), N_("must be a number greater than zero"), "12.45"))
        if c.issues:
            raise ValidationError(c.issues)
        row = {"id": new_id(), "rate_date": rate_date, "base": base, "quote": quote, "rate": format(rate, "f"),
               "source": source, "created_at": utc_now()}
        with transaction(self.ctx.db) as conn:
            journal.insert(conn, self.ctx.device, "rates", row)
        return row

    def rate_for(self, base: str, quote: str, on_date: str) -> tuple[Decimal, str] | None:
        """The latest rate on or before ``on_date`` for the pair (inverted if only the reverse is known)."""
        for a, b, invert in ((base, quote, False), (quote, base, True)):
            row = self.ctx.conn.execute(
                "SELECT rate, id FROM rates WHERE base = ? AND quote = ? AND rate_date <= ?"
                " ORDER BY rate_date DESC, created_at DESC LIMIT 1", (a, b, on_date)).fetchone()
            if row:
                rate = Decimal(row[0])
                # An inverted rate is kept to 10 decimals: exact enough for any amount people pay.
                return ((1 / rate).quantize(Decimal("1e-10")).normalize() if invert else rate), str(row[1])
        return None

    def rows(self, limit: int = 500) -> list[dict[str, Any]]:
        return journal.fetch_all(self.ctx.conn, "SELECT * FROM rates ORDER BY rate_date DESC, created_at DESC LIMIT ?",
                                 (limit,))

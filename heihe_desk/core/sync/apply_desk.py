"""Applying other devices' orders, payments, stock movements and the rest to the local tables (no outbox rows).

Facts (payments, stock movements, batches, rates, waybill events, and an order's status history) are
inserted once by id and never overwritten: stock is the sum of movements, so two devices selling the
last unit offline both stay recorded and the negative stock shows (sync rule 8). Versioned records
(orders with their lines, locations, waybills) take the incoming state unless the local one is newer; a
record with unsent or rejected local edits keeps its local state and the platform's goes to
``sync_conflicts`` (rule 7), as for master data. A record whose parent has not arrived yet (a payment
before its order: the feed orders records by their latest change) waits in ``synced_records`` and is
applied as soon as the parent is there. An order's ``paid`` is recomputed from its payments.

Records the desk does not have yet (all of them on a first pull) are written in bulk per page, ~10× faster
than one by one; if the bulk write hits a constraint, the page's new records are written one by one so
only the offending one becomes a conflict.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable

from heihe_desk.core.domain.record import utc_now
from heihe_desk.core.sync import desk_rows
from heihe_desk.core.sync.desk_rows import write_versioned
from heihe_desk.core.sync.protocol import Change

FACTS = ("payments", "stock_movements", "batches", "rates", "waybill_events")
VERSIONED = ("orders", "locations", "waybills")
ENTITIES = frozenset(FACTS + VERSIONED)
#: Parents before children: the order new records are written in.
WRITE_ORDER = ("orders", "locations", "waybills", "payments", "waybill_events", "stock_movements", "batches",
               "rates")
#: Records that need a parent row first (foreign keys): entity → (field, parent table).
PARENTS = {"payments": ("order_id", "orders"), "waybills": ("order_id", "orders"),
           "waybill_events": ("waybill_id", "waybills")}

REASON_PENDING = "local edits not yet accepted by the platform"
REASON_UNIQUE = "clashes with another local record (e.g. the same SKU)"
KeepConflict = Callable[[sqlite3.Connection, Change, str], None]


def parked(conn: sqlite3.Connection) -> list[Change]:
    return desk_rows.parked(conn, sorted(ENTITIES))


class DeskApplier:
    """Applies one pull page's desk records inside the caller's transaction; remembers orders to re-total."""

    def __init__(self, conn: sqlite3.Connection, protected: set[tuple[str, str]], keep_conflict: KeepConflict):
        self.conn, self.protected, self.keep_conflict = conn, protected, keep_conflict
        self.orders_touched: set[str] = set()
        self.conflicts = 0
        self.local: dict[tuple[str, str], int] = {}        # (table, id) → version of rows the desk has
        self.new: dict[str, list[Change]] = {}              # records to write in bulk, per table
        self.new_ids: set[tuple[str, str]] = set()
        # Most pages park nothing and find nothing parked: then no "unpark" delete per applied record.
        self.any_parked = desk_rows.any_parked(conn, sorted(ENTITIES))

    def prepare(self, changes: Iterable[Change]) -> None:
        """Read in bulk which of the page's records (and their parents) the desk already has."""
        wanted: dict[str, set[str]] = {}
        for change in changes:
            if change.entity in ENTITIES:
                wanted.setdefault(change.entity, set()).add(change.id)
                rule = PARENTS.get(change.entity)
                if rule is not None and isinstance(change.payload.get(rule[0]), str):
                    wanted.setdefault(rule[1], set()).add(change.payload[rule[0]])
        for table, ids in wanted.items():
            missing = [record_id for record_id in ids if (table, record_id) not in self.local]
            found = desk_rows.existing(self.conn, table, missing)
            self.local.update(((table, record_id), found.get(record_id, -1)) for record_id in missing)

    def _has(self, table: str, record_id: str) -> bool:
        """Whether the desk holds the record (or writes it with this page); ``local`` keeps -1 for "no"."""
        key = (table, record_id)
        if key in self.new_ids:
            return True
        if key not in self.local:
            self.local[key] = desk_rows.existing(self.conn, table, [record_id]).get(record_id, -1)
        return self.local[key] >= 0

    def _parent_missing(self, change: Change) -> bool:
        rule = PARENTS.get(change.entity)
        return rule is not None and not self._has(rule[1], str(change.payload.get(rule[0], "")))

    def _park(self, change: Change) -> None:
        desk_rows.park(self.conn, change)
        self.any_parked = True

    def _done(self, changes: list[Change]) -> None:
        for change in changes:
            version = change.payload.get("version")
            self.local[(change.entity, change.id)] = version if isinstance(version, int) and version > 0 else 0
            if change.entity == "orders":
                self.orders_touched.add(change.id)
            elif change.entity == "payments":
                self.orders_touched.add(str(change.payload.get("order_id", "")))
        if self.any_parked:
            desk_rows.unpark(self.conn, changes)

    def apply(self, change: Change) -> bool:
        """True when the change alters local data (new records are written by ``flush``); parks a change whose
        parent is missing."""
        entity, record_id = change.entity, change.id
        if entity in FACTS and change.deleted:
            return False  # facts are never deleted; the platform refuses such changes anyway
        if entity in VERSIONED and (entity, record_id) in self.protected:
            self.keep_conflict(self.conn, change, REASON_PENDING)
            self.conflicts += 1
            if self.any_parked:
                desk_rows.unpark(self.conn, [change])  # the conflict now holds the platform's version
            return False
        have = self._has(entity, record_id)
        if change.deleted:
            return have and self._tombstone(change)
        if have and entity in FACTS:
            return False  # a fact is written once
        incoming = change.payload.get("version")
        if have and isinstance(incoming, int) and incoming < self.local.get((entity, record_id), 0):
            return False  # the local state is newer (its own change reaches the platform with the next push)
        if self._parent_missing(change):
            self._park(change)
            return False
        if have:
            return self._write_one(change, exists=True)
        self.new.setdefault(entity, []).append(change)
        self.new_ids.add((entity, record_id))
        return True

    def _tombstone(self, change: Change) -> bool:
        if "deleted_at" not in desk_rows.columns(self.conn, change.entity)[0]:
            return False
        self.conn.execute(f"UPDATE {change.entity} SET deleted_at = coalesce(deleted_at, ?) WHERE id = ?",
                          (change.updated_at or utc_now(), change.id))
        return True

    def _write_one(self, change: Change, exists: bool) -> bool:
        """One record the slow, careful way: a constraint it breaks makes it a conflict (or parks a fact)."""
        # An order is several statements (head, lines, history): a savepoint (~5 µs) undoes all of them.
        self.conn.execute("SAVEPOINT desk_record")
        try:
            if change.entity in FACTS:
                desk_rows.insert_new(self.conn, change.entity, [change])
            else:
                write_versioned(self.conn, change, exists)
        except sqlite3.IntegrityError:
            self.conn.execute("ROLLBACK TO desk_record")
            self.conn.execute("RELEASE desk_record")
            if change.entity in FACTS:
                self._park(change)  # a rule the platform does not know: kept whole, never dropped
            else:
                self.keep_conflict(self.conn, change, REASON_UNIQUE)  # e.g. the same order number, a 2nd waybill
                self.conflicts += 1
            return False
        self.conn.execute("RELEASE desk_record")
        self._done([change])
        return True

    def flush(self) -> int:
        """Write the new records in bulk; returns how many of those counted as applied did not apply after all."""
        if not self.new:
            return 0
        batches = [(table, self.new.get(table, [])) for table in WRITE_ORDER]
        self.new, self.new_ids = {}, set()
        self.conn.execute("SAVEPOINT desk_bulk")
        try:
            for table, changes in batches:
                desk_rows.insert_new(self.conn, table, changes)
        except sqlite3.IntegrityError:
            self.conn.execute("ROLLBACK TO desk_bulk")
            self.conn.execute("RELEASE desk_bulk")
            return sum(not self._write_one(c, exists=False) for _table, changes in batches for c in changes)
        self.conn.execute("RELEASE desk_bulk")
        self._done([c for _table, changes in batches for c in changes])
        return 0

    def finish(self) -> None:
        """Re-total ``paid`` of every order a payment or an order change touched (payments are the truth)."""
        self.conn.executemany("UPDATE orders SET paid = (SELECT coalesce(sum(amount_order_currency), 0) FROM payments"
                              " WHERE payments.order_id = orders.id) WHERE id = ?",
                              [(o,) for o in sorted(self.orders_touched) if o])

"""Sync rule 2: every local change writes exactly one outbox row in the same transaction, or nothing at all."""

from __future__ import annotations

import json
import sqlite3
import uuid

import pytest

from heihe_desk.core.domain.errors import NotFoundError, ValidationError
from heihe_desk.core.storage import outbox
from heihe_desk.core.storage.migrations import SCHEMA_VERSION
from heihe_desk.core.workspace import Workspace

BUYER = {"kind": "buyer_company", "name": "ООО «Амур Трейд»", "inn": "7707083893", "kpp": "770701001"}


def outbox_rows(ws: Workspace) -> list[dict]:
    cur = ws.conn.execute("SELECT * FROM outbox ORDER BY seq")
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def snapshot(ws: Workspace) -> tuple:
    """Everything a failed write must leave untouched."""
    q = ws.conn.execute
    return (q("SELECT * FROM products ORDER BY rowid").fetchall(),
            q("SELECT * FROM partners ORDER BY rowid").fetchall(),
            q("SELECT * FROM outbox ORDER BY seq").fetchall(),
            q("SELECT rowid, body FROM products_tri ORDER BY rowid").fetchall(),
            q("SELECT rowid, body FROM products_uni ORDER BY rowid").fetchall(),
            q("SELECT value FROM meta WHERE key = 'device_seq'").fetchone())


def assert_well_formed(ws: Workspace, rows: list[dict]) -> None:
    """Mutation UUIDs, this device, schema version, gap-free strictly increasing device_seq from 1."""
    assert [r["device_seq"] for r in rows] == list(range(1, len(rows) + 1))
    assert len({r["mutation_id"] for r in rows}) == len(rows)
    for row in rows:
        assert str(uuid.UUID(row["mutation_id"])) == row["mutation_id"]
        assert row["device_id"] == ws.device.id
        assert row["schema_version"] == SCHEMA_VERSION
        assert row["state"] == "pending"
        payload = json.loads(row["payload"])
        assert payload["id"] == row["entity_id"]


def test_every_mutation_leaves_exactly_one_outbox_row(workspace, product_form):
    """create, update, delete, partner create and a bulk add each queue one row per record, in order."""
    product, _ = workspace.save_product(product_form())
    workspace.save_product(product_form(name_ru="Зелёный чай 500 г"), record_id=product.id)
    workspace.delete_product(product.id)
    partner, _ = workspace.save_partner(BUYER)
    bulk = [product_form(sku=f"BULK-{i}", barcode="") for i in range(3)]
    workspace.add_products(bulk)

    rows = outbox_rows(workspace)
    assert_well_formed(workspace, rows)
    assert [(r["entity"], r["op"]) for r in rows] == [
        ("products", "create"), ("products", "update"), ("products", "delete"), ("partners", "create"),
        ("products", "create"), ("products", "create"), ("products", "create")]
    assert [r["entity_id"] for r in rows[:3]] == [product.id] * 3
    assert rows[3]["entity_id"] == partner.id
    bulk_ids = {r[0] for r in workspace.conn.execute("SELECT id FROM products WHERE sku LIKE 'BULK-%'")}
    assert {r["entity_id"] for r in rows[4:]} == bulk_ids
    assert workspace.pending_mutations() == 7


def test_payloads_carry_the_record_and_its_version(workspace, product_form):
    """The create payload is the full record at version 1; update and delete carry the bumped version."""
    product, _ = workspace.save_product(product_form())
    workspace.save_product(product_form(price_cny="50"), record_id=product.id)
    workspace.delete_product(product.id)
    create, update, delete = (json.loads(r["payload"]) for r in outbox_rows(workspace))
    assert create["sku"] == "TEA-0001" and create["price_cny"] == 4500 and create["version"] == 1
    assert "rowid" not in create
    assert update["price_cny"] == 5000 and update["version"] == 2
    assert delete["version"] == 3 and delete["deleted_at"]
    stored = workspace.conn.execute("SELECT version, deleted_at FROM products WHERE id = ?",
                                    (product.id,)).fetchone()
    assert stored == (3, delete["deleted_at"])


def test_bulk_add_payloads_are_complete_records(workspace, product_form):
    """Bulk-created products queue the same full record a single create would."""
    workspace.add_products([product_form()])
    payload = json.loads(outbox_rows(workspace)[0]["payload"])
    assert payload["sku"] == "TEA-0001" and payload["version"] == 1 and payload["name_zh"] == "绿茶礼盒装"


def test_failure_inside_the_transaction_writes_neither_row_nor_outbox(workspace, product_form, monkeypatch):
    """If anything fails after the row was inserted, the row, its search entry and its outbox row all vanish,
    and the device sequence has no gap afterwards."""
    kept, _ = workspace.save_product(product_form(sku="KEEP-1", barcode=""))
    before = snapshot(workspace)
    real_append = outbox.append

    def append_then_fail(conn, *args, **kwargs):
        real_append(conn, *args, **kwargs)
        raise RuntimeError("disk unplugged")

    monkeypatch.setattr(outbox, "append", append_then_fail)
    with pytest.raises(RuntimeError):
        workspace.save_product(product_form())
    with pytest.raises(RuntimeError):
        workspace.save_product(product_form(sku="KEEP-1", barcode="", name_zh="改名"), record_id=kept.id)
    with pytest.raises(RuntimeError):
        workspace.delete_product(kept.id)
    with pytest.raises(RuntimeError):
        workspace.save_partner(BUYER)
    assert snapshot(workspace) == before
    assert not workspace.conn.in_transaction

    monkeypatch.setattr(outbox, "append", real_append)
    workspace.save_product(product_form())
    assert_well_formed(workspace, outbox_rows(workspace))


def test_failed_bulk_add_writes_nothing(workspace, product_form, monkeypatch):
    """A bulk add that fails after inserting rows and queueing them leaves no trace (nothing half-imported)."""
    before = snapshot(workspace)
    real_append_many = outbox.append_many

    def append_many_then_fail(conn, *args, **kwargs):
        real_append_many(conn, *args, **kwargs)
        raise RuntimeError("power cut")

    monkeypatch.setattr(outbox, "append_many", append_many_then_fail)
    with pytest.raises(RuntimeError):
        workspace.add_products([product_form(sku=f"B-{i}", barcode="") for i in range(5)])
    assert snapshot(workspace) == before


def test_duplicate_sku_is_rejected_with_nothing_written(workspace, product_form):
    """A second live product with the same SKU is a ValidationError on 'sku'; nothing is written."""
    workspace.save_product(product_form())
    before = snapshot(workspace)
    with pytest.raises(ValidationError) as info:
        workspace.save_product(product_form(name_zh="另一个"))
    assert info.value.fields() == {"sku"}
    assert snapshot(workspace) == before


def test_sku_of_a_deleted_product_can_be_reused(workspace, product_form):
    """Tombstoned products do not block their SKU."""
    product, _ = workspace.save_product(product_form())
    workspace.delete_product(product.id)
    again, _ = workspace.save_product(product_form())
    assert again.id != product.id
    assert workspace.product_count() == 1


def test_bulk_add_with_a_duplicate_sku_writes_nothing(workspace, product_form):
    """A bulk add clashing with an existing SKU (or with itself) is refused whole: nothing half-imported."""
    workspace.save_product(product_form(sku="DUP"))
    before = snapshot(workspace)
    with pytest.raises((ValidationError, sqlite3.IntegrityError)):
        workspace.add_products([product_form(sku="NEW-1", barcode=""), product_form(sku="DUP", barcode="")])
    with pytest.raises((ValidationError, sqlite3.IntegrityError)):
        workspace.add_products([product_form(sku="TWICE", barcode=""), product_form(sku="TWICE", barcode="")])
    assert snapshot(workspace) == before


def test_bulk_add_with_a_duplicate_sku_is_a_validation_error_naming_sku(workspace, product_form):
    """Import reports a clashing SKU like any other bad field (ValidationError on 'sku'), not as a raw
    sqlite3.IntegrityError the UI cannot explain."""
    workspace.save_product(product_form(sku="DUP"))
    with pytest.raises(ValidationError) as info:
        workspace.add_products([product_form(sku="DUP", barcode="")])
    assert "sku" in info.value.fields()


def test_validation_error_writes_nothing(workspace, product_form):
    """A form that breaks a rule changes no table and queues nothing."""
    workspace.save_product(product_form())
    before = snapshot(workspace)
    with pytest.raises(ValidationError):
        workspace.save_product({"sku": "", "name_zh": ""})
    with pytest.raises(ValidationError):
        workspace.save_partner({"kind": "buyer_company", "name": "ООО"})
    with pytest.raises(ValidationError):
        workspace.add_products([product_form(sku="OK-1", barcode=""), product_form(sku="OK-2", hs_code="1")])
    assert snapshot(workspace) == before


def test_deleting_a_missing_or_deleted_product_writes_nothing(workspace, product_form):
    """Deleting an unknown id, or deleting twice, is NotFoundError and queues no second tombstone."""
    product, _ = workspace.save_product(product_form())
    workspace.delete_product(product.id)
    before = snapshot(workspace)
    for record_id in (product.id, "no-such-id"):
        with pytest.raises(NotFoundError):
            workspace.delete_product(record_id)
    assert snapshot(workspace) == before


def test_device_identity_and_sequence_persist_across_reopen(tmp_path, product_form):
    """The device id and code survive closing the folder, and device_seq continues without a gap."""
    folder = tmp_path / "data"
    with Workspace.open(folder) as ws:
        device = ws.device
        ws.save_product(product_form())
    with Workspace.open(folder) as ws:
        assert ws.device == device
        assert len(device.code) == 4
        ws.save_product(product_form(sku="TEA-0002", barcode=""))
        rows = outbox_rows(ws)
        assert_well_formed(ws, rows)
        assert len(rows) == 2


def test_separate_data_folders_are_separate_devices(tmp_path):
    """Two data folders (two installations) never share a device id."""
    with Workspace.open(tmp_path / "a") as a, Workspace.open(tmp_path / "b") as b:
        assert a.device.id != b.device.id

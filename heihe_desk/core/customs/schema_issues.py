"""Schema errors translated into Issues on our own field names, so a trader never sees an XSD dump."""

from __future__ import annotations

import re
from dataclasses import dataclass

from heihe_desk.core.customs.labels import EXAMPLES, SETTINGS, label_for
from heihe_desk.core.customs.schema import XsdError
from heihe_desk.core.domain.errors import N_, Issue

_S = "settings."
_TRANSFER = {"copCode": _S + "sender_code", "copName": _S + "sender_name", "dxpId": _S + "dxp_id",
             "dxpMode": _S + "dxp_id"}
_PARTIES = {"ebpCode": _S + "ebp_code", "ebpName": _S + "ebp_name", "ebcCode": _S + "ebc_code",
            "ebcName": _S + "ebc_name", "agentCode": _S + "agent_code", "agentName": _S + "agent_name",
            "ownerCode": _S + "owner_code", "ownerName": _S + "owner_name", "customsCode": _S + "customs_code",
            "portCode": _S + "port_code", "loctNo": _S + "loct_no", "POD": _S + "pod",
            "declAgentCode": _S + "decl_agent_code", "declAgentName": _S + "decl_agent_name"}
_COMMON = {"guid": "guid", "appType": "action", "appStatus": "action", "appTime": "action", "orderNo": "order_no",
           "note": "note", "freight": "freight", "insuredFee": "insured_fee", "currency": "currency",
           "logisticsCode": "logistics_code", "logisticsName": "logistics_name", "logisticsNo": "logistics_no",
           "grossWeight": "gross_weight_kg", "netWeight": "net_weight_kg", "packNo": "pack_no"}
#: Our field for each element of each schema container (customs-domain §1.3–1.6 tables).
HEAD_FIELDS: dict[str, dict[str, str]] = {
    "InventoryHead": {**_PARTIES, **_COMMON, "copNo": "cop_no", "preNo": "pre_no", "invtNo": "invt_no",
                      "ieFlag": "trade_mode", "ieDate": "export_date", "statisticsFlag": "statistics_flag",
                      "tradeMode": "trade_mode", "trafMode": "traf_mode", "trafName": "traf_name",
                      "voyageNo": "voyage_no", "billNo": "bill_no", "totalPackageNo": "total_package_no",
                      "licenseNo": "license_no", "country": "destination_country", "fCurrency": "freight_currency",
                      "iCurrency": "freight_currency", "fFlag": "freight", "iFlag": "insured_fee",
                      "wrapType": "wrap_type", "iacCode": "trade_mode", "iacName": "trade_mode", "emsNo": "trade_mode"},
    "OrderHead": {**_PARTIES, **_COMMON, "orderType": "trade_mode", "goodsValue": "lines"},
    "Receipts": {**_PARTIES, **_COMMON, "payCode": "pay_code", "payName": "pay_name", "payNo": "pay_no",
                 "charge": "charge", "accountingDate": "paid_at"},
    "Logistics": {**_PARTIES, **_COMMON, "goodsInfo": "goods_info", "ebcTelephone": "ebc_telephone"},
    "SummaryApplyHead": {**_PARTIES, **_COMMON, "copNo": "cop_no", "summaryFlag": "summary_flag",
                         "itemNameFlag": "item_name_flag", "startTime": "period", "endTime": "period",
                         "msgCount": "lists", "msgSeqNo": "lists"},
    "BaseTransfer": _TRANSFER,
}
LIST_FIELDS: dict[str, dict[str, str]] = {
    "InventoryList": {"gnum": "lines", "itemNo": "item_no", "itemRecordNo": "item_no", "itemName": "item_name",
                      "gcode": "hs_code", "gname": "gname", "gmodel": "gmodel", "barCode": "barcode",
                      "country": "^destination_country", "currency": "^currency", "qty": "qty", "qty1": "qty1",
                      "qty2": "qty2", "unit": "unit", "unit1": "unit1", "unit2": "unit2", "price": "price",
                      "totalPrice": "total", "note": "note"},
    "OrderList": {"gnum": "lines", "itemNo": "item_no", "itemName": "item_name", "itemDescribe": "description",
                  "barCode": "barcode", "unit": "unit", "currency": "^currency", "qty": "qty", "price": "price",
                  "totalPrice": "total", "note": "note"},
    "SummaryApplyList": {"invtNo": "invt_no"},
}
_NUMBERS = re.compile(r"'(\d+)'")


@dataclass(frozen=True)
class EntitySource:
    """Which input record an entity of a message came from, and where its lines start in that record."""

    record: str          # the input's guid (or "summary:<cop_no>")
    line_offset: int = 0


def xsd_issue(error: XsdError, sources: tuple[EntitySource, ...]) -> tuple[str, Issue]:
    """(record key, Issue) for one schema error; the field is relative to that record."""
    source = sources[error.entity - 1] if 0 < error.entity <= len(sources) else EntitySource("message")
    field = _field(error, source)
    record = "settings" if field.startswith("settings.") else source.record
    return record, Issue(field, label_for(field), _rule(error), _example(field), _params(error))


def _field(error: XsdError, source: EntitySource) -> str:
    if error.container in LIST_FIELDS and error.list_index:
        name = LIST_FIELDS[error.container].get(error.element, "")
        if name.startswith("^"):
            return name[1:]
        prefix = "lists" if error.container == "SummaryApplyList" else "lines"
        index = source.line_offset + error.list_index - 1
        return f"{prefix}[{index}].{name}" if name and name != "lines" else f"{prefix}[{index}]"
    table = HEAD_FIELDS.get(error.container, HEAD_FIELDS["InventoryHead"])
    return table.get(error.element, _TRANSFER.get(error.element, "message"))


def _rule(error: XsdError) -> str:
    kind = error.kind
    if kind == "SCHEMAV_CVC_LENGTH_VALID":
        return N_("must be exactly {n} characters")
    if kind == "SCHEMAV_CVC_MAXLENGTH_VALID":
        return N_("must be at most {n} characters")
    if kind == "SCHEMAV_CVC_MINLENGTH_VALID":
        return N_("must be at least {n} characters")
    if kind in ("SCHEMAV_CVC_TOTALDIGITS_VALID", "SCHEMAV_CVC_FRACTIONDIGITS_VALID"):
        return N_("must have at most 19 digits, at most 5 of them after the decimal point")
    if kind.startswith("SCHEMAV_CVC_DATATYPE_VALID"):
        return N_("must be a number")
    if kind == "SCHEMAV_ELEMENT_CONTENT" and "Expected is" in error.message:
        return N_("is required")
    return N_("does not fit the official customs message format")


def _params(error: XsdError) -> dict[str, object]:
    numbers = _NUMBERS.findall(error.message)
    # The raw schema text stays available for a support log; the rule text never shows it.
    params: dict[str, object] = {"xsd": error.message}
    if numbers and error.kind in ("SCHEMAV_CVC_LENGTH_VALID", "SCHEMAV_CVC_MAXLENGTH_VALID",
                                  "SCHEMAV_CVC_MINLENGTH_VALID"):
        params["n"] = int(numbers[-1])
    return params


def _example(field: str) -> str:
    name = field.rsplit(".", 1)[-1]
    if field.startswith("settings."):
        return SETTINGS[name].example
    return EXAMPLES.get(name, "")

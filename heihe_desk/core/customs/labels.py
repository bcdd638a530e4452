"""Field names, labels and 'where to find it' texts of the customs settings and declaration inputs."""

from __future__ import annotations

from dataclasses import dataclass

from heihe_desk.core.domain.errors import N_


@dataclass(frozen=True)
class SettingInfo:
    """How a settings field is shown and explained when it is missing (the explanation is the rule text)."""

    label: str
    missing: str
    example: str


#: Settings fields, in the order a settings page would show them. The "missing" texts tell a trader who is
#: not a customs broker where each value comes from (customs-domain §1.2–1.5, §5).
SETTINGS: dict[str, SettingInfo] = {
    "ebc_code": SettingInfo(
        N_("E-commerce enterprise code"),
        N_("is not set: enter your 10-character customs registration code (海关注册编码), printed on your customs "
           "registration certificate (报关单位注册登记证书), or your 18-character unified social credit code from "
           "the business licence; the single window (单一窗口) shows both under enterprise information"),
        "2311960ABC"),
    "ebc_name": SettingInfo(
        N_("E-commerce enterprise name"),
        N_("is not set: enter your enterprise name exactly as registered with customs (as on the customs "
           "registration certificate or in the single window 单一窗口)"),
        "黑河市某某商贸有限公司"),
    "ebp_code": SettingInfo(
        N_("E-commerce platform code"),
        N_("is not set: enter the customs code of the platform you sell through; the Heihe integrated service "
           "platform (线上综合服务平台) operator gives it; a foreign platform without a code is entered as 无"),
        "2311960XYZ"),
    "ebp_name": SettingInfo(
        N_("E-commerce platform name"),
        N_("is not set: enter the platform's registered name as the platform operator gives it"),
        "黑河跨境电商综合服务平台"),
    "agent_code": SettingInfo(
        N_("Declaring enterprise code"),
        N_("is not set: enter the customs code of whoever files the list declarations (申报企业): your own code "
           "if you declare yourself, otherwise your customs broker's code (ask the broker)"),
        "2311980DEF"),
    "agent_name": SettingInfo(
        N_("Declaring enterprise name"),
        N_("is not set: enter the registered name of whoever files the list declarations (you or your broker)"),
        "黑河市某某报关有限公司"),
    "owner_code": SettingInfo(
        N_("Producer or seller code"),
        N_("is not set: enter the customs code or unified social credit code of the enterprise that made or "
           "sold the goods (生产销售单位); if it is not registered with customs, enter NO"),
        "NO"),
    "owner_name": SettingInfo(
        N_("Producer or seller name"),
        N_("is not set: enter the name of the enterprise that made or sold the goods (生产销售单位)"),
        "黑河市某某商贸有限公司"),
    "logistics_code": SettingInfo(
        N_("Logistics company code"),
        N_("is not set: enter the customs code of the carrier (物流企业), as printed on its contract or waybill; "
           "ask the carrier"),
        "2311960LGS"),
    "logistics_name": SettingInfo(
        N_("Logistics company name"),
        N_("is not set: enter the carrier's registered name as on its contract or waybill"),
        "黑河某某国际物流有限公司"),
    "decl_agent_code": SettingInfo(
        N_("Customs broker code (summary)"),
        N_("is not set: enter the customs code of the broker who will file the customs declaration (报关单) "
           "that the summary produces (报关单位); ask your broker"),
        "2311980DEF"),
    "decl_agent_name": SettingInfo(
        N_("Customs broker name (summary)"),
        N_("is not set: enter the registered name of the broker who files the customs declaration (报关单)"),
        "黑河市某某报关有限公司"),
    "sender_code": SettingInfo(
        N_("Sender code"),
        N_("is not set: enter the customs code of the enterprise that owns the data exchange (DXP) account the "
           "messages are sent through; it must match the identity of the access client (usually you or your "
           "declaring agent)"),
        "2311960ABC"),
    "sender_name": SettingInfo(
        N_("Sender name"),
        N_("is not set: enter the registered name of the enterprise that owns the DXP account"),
        "黑河市某某商贸有限公司"),
    "dxp_id": SettingInfo(
        N_("DXP user id"),
        N_("is not set: enter the data exchange (DXP) user id that the China E-Port data centre (中国电子口岸数据中心) "
           "issued with your e-port card; the access client or the platform shows it"),
        "DXPENT0000000001"),
    "customs_code": SettingInfo(
        N_("Customs office code"),
        N_("is not set: enter the 4-digit code of the customs office where you declare (申报地海关) from the "
           "customs office code table (关区代码表); the Heihe platform or your broker tells you which; the app "
           "does not fill it in because the Heihe codes are not confirmed"),
        ""),
    "port_code": SettingInfo(
        N_("Exit port code"),
        N_("is not set: enter the 4-digit customs office code of the port where the goods leave China (出口口岸); "
           "ask the platform or your broker"),
        ""),
    "loct_no": SettingInfo(
        N_("Supervised site code"),
        N_("is needed only where one customs office has several e-commerce supervised sites (监管场所); ask "
           "the platform"),
        ""),
    "pod": SettingInfo(
        N_("Destination port code"),
        N_("is not set: enter the code of the final destination port (指运港) the platform uses for your "
           "parcels (for example for Blagoveshchensk); ask the platform"),
        ""),
    "traf_mode": SettingInfo(
        N_("Transport mode"),
        N_("is not set: choose how the goods leave China: 4 road, 2 river, 5 air, 6 post"),
        "4"),
    "wrap_type": SettingInfo(
        N_("Package type"),
        N_("is not set: choose the outer packing: 2 carton, 6 bag, 1 wooden case, 5 pallet, 7 other"),
        "2"),
    "statistics_flag": SettingInfo(
        N_("Declaration type"),
        N_("must be B (summary declaration later, 汇总申报) or A (simplified declaration, 简化申报)"),
        "B"),
    "code_form": SettingInfo(
        N_("Code form for currencies and countries"),
        N_("must be numeric (142 for CNY, as in the official samples) or alpha (CNY); ask the platform"),
        "numeric"),
}

# Labels of the parcel, line and other inputs (field names are the input dataclass attributes).
PARCEL_LABELS: dict[str, str] = {
    "guid": N_("Record id"), "order_no": N_("Order number"), "cop_no": N_("Enterprise document number"),
    "trade_mode": N_("Trade mode"), "currency": N_("Currency"), "freight_currency": N_("Freight currency"),
    "logistics_no": N_("Waybill number"), "gross_weight_kg": N_("Gross weight (kg)"),
    "net_weight_kg": N_("Net weight (kg)"), "pack_no": N_("Number of packages"), "freight": N_("Freight"),
    "insured_fee": N_("Insurance"), "destination_country": N_("Destination country"),
    "traf_name": N_("Means of transport"), "voyage_no": N_("Voyage number"), "bill_no": N_("Bill of lading number"),
    "total_package_no": N_("Consolidated package number"), "license_no": N_("Export licence number"),
    "action": N_("Declaration action"), "pre_no": N_("E-port number"), "invt_no": N_("List number"),
    "note": N_("Note"), "lines": N_("Goods lines"), "export_date": N_("Export date"),
}
LINE_LABELS: dict[str, str] = {
    "item_no": N_("SKU"), "item_name": N_("Product name"), "hs_code": N_("HS code"),
    "gname": N_("Commodity name"), "gmodel": N_("Declaration elements"), "unit": N_("Declared unit"),
    "qty": N_("Quantity"), "price": N_("Unit price"), "total": N_("Line total"), "unit1": N_("Legal first unit"),
    "qty1": N_("Legal first quantity"), "unit2": N_("Legal second unit"), "qty2": N_("Legal second quantity"),
    "barcode": N_("Barcode"), "description": N_("Description"), "note": N_("Note"),
}
EXAMPLES: dict[str, str] = {
    "order_no": "HD-2026-000123", "cop_no": "HD2026000123", "logistics_no": "SF1234567890",
    "gross_weight_kg": "1.25", "net_weight_kg": "1.0", "pack_no": "1", "freight": "30", "insured_fee": "0",
    "trade_mode": "9610", "currency": "CNY", "freight_currency": "CNY", "destination_country": "RUS",
    "item_no": "TEA-0001", "item_name": "绿茶 250克", "hs_code": "0902109000", "gname": "绿茶",
    "gmodel": "0|0|绿茶|250克/袋|无品牌", "unit": "007", "unit1": "035", "unit2": "", "qty": "2", "qty1": "0.5",
    "qty2": "1", "price": "45", "total": "90", "barcode": "6901234567892",
}
PAYMENT_LABELS: dict[str, str] = {
    "pay_name": N_("Payment company"), "pay_code": N_("Payment company code"), "pay_no": N_("Payment number"),
    "charge": N_("Amount received"), "paid_at": N_("Time received"), "payer_name": N_("Payer"),
}
WAYBILL_LABELS: dict[str, str] = {
    "goods_info": N_("Goods description for the carrier"), "ebc_telephone": N_("Seller's telephone"),
    "consignee_name": N_("Consignee"),
}
SUMMARY_LABELS: dict[str, str] = {
    "invt_no": N_("List number"), "summary_flag": N_("Summary by"), "item_name_flag": N_("Aggregate by item name"),
    "period": N_("Summary period"),
}


def label_for(field: str) -> str:
    """The label of a field path such as 'settings.dxp_id', 'lines[3].hs_code' or 'charge'."""
    name = field.rsplit(".", 1)[-1]
    if field.startswith("settings."):
        return SETTINGS[name].label
    if field.startswith("lines["):
        return LINE_LABELS.get(name, N_("Goods lines"))
    for table in (PARCEL_LABELS, PAYMENT_LABELS, WAYBILL_LABELS, SUMMARY_LABELS):
        if name in table:
            return table[name]
    if name in SETTINGS:
        return SETTINGS[name].label
    return N_("Customs message")

<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="171" />
        <source>Change (+/−)</source>
        <translation>Change (+/−)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="172" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="181" />
        <source>Adjust stock</source>
        <translation>Adjust stock</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="184" />
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="186" />
        <source>Stock count</source>
        <translation>Stock count</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="184" />
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="184" />
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="184" />
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="185" />
        <source>Sample or gift</source>
        <translation>Sample or gift</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="187" />
        <source>A negative number takes goods off the shelf, a positive one adds them.</source>
        <translation>A negative number takes goods off the shelf, a positive one adds them.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../heihe_desk/ui/app.py" line="48" />
        <source>Heihe Desk is already open with the data folder %1.</source>
        <translation>Heihe Desk is already open with the data folder %1.</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="93" />
        <source>All dates</source>
        <extracomment>The earliest date a picker shows; a picker at this date means "no limit" and shows its special text.</extracomment>
        <translation>All dates</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="93" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="93" />
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="94" />
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="94" />
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="94" />
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="95" />
        <source>Custom dates</source>
        <translation>Custom dates</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="103" />
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="103" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="105" />
        <source>First day (leave at “from” for no limit)</source>
        <translation>First day (leave at “from” for no limit)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="106" />
        <source>Last day (leave at “to” for no limit)</source>
        <translation>Last day (leave at “to” for no limit)</translation>
    </message>
</context>
<context>
    <name>LocationsDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/locations_dialog.py" line="88" />
        <source>Stock locations</source>
        <translation>Stock locations</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/locations_dialog.py" line="89" />
        <source>New location</source>
        <translation>New location</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/locations_dialog.py" line="90" />
        <source>Add location</source>
        <translation>Add location</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="116" />
        <source>Checking the database…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="125" />
        <location filename="../../heihe_desk/ui/main_window.py" line="132" />
        <location filename="../../heihe_desk/ui/main_window.py" line="135" />
        <source>Database check</source>
        <translation>Database check</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="126" />
        <source>The database file is damaged. Close the app and restore the latest backup from the backups folder.</source>
        <translation>The database file is damaged. Close the app and restore the latest backup from the backups folder.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="133" />
        <source>Problems found:</source>
        <translation>Problems found:</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="135" />
        <source>The database is sound.</source>
        <translation>The database is sound.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="139" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="142" />
        <source>About Heihe Desk</source>
        <translation>About Heihe Desk</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="143" />
        <source>Heihe Desk %1
Data folder: %2</source>
        <translation>Heihe Desk %1
Data folder: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/main_window.py" line="147" />
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%n change not yet synced</numerusform>
            <numerusform>%n changes not yet synced</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="148" />
        <source>Device %1</source>
        <translation>Device %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="162" />
        <source>Heihe Desk — cross-border trade assistant</source>
        <translation>Heihe Desk — cross-border trade assistant</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="163" />
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="163" />
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="163" />
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="164" />
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="164" />
        <source>Exchange rates</source>
        <translation>Exchange rates</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="167" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="168" />
        <source>&amp;Check database</source>
        <translation>&amp;Check database</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="169" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="170" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="171" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="172" />
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <location filename="../../heihe_desk/ui/order_actions.py" line="27" />
        <source>Cannot do this</source>
        <extracomment>Status moves offered as buttons after confirmation, in the order an order lives through them. Moves that put goods back on the shelf and so are asked about first.</extracomment>
        <translation>Cannot do this</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/order_actions.py" line="52" />
        <source>Not enough stock at the order's location:</source>
        <translation>Not enough stock at the order's location:</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/order_actions.py" line="53" />
        <source>Confirm anyway? The stock will show as negative (oversold) until goods are received or the count is corrected.</source>
        <translation>Confirm anyway? The stock will show as negative (oversold) until goods are received or the count is corrected.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/order_actions.py" line="55" />
        <source>Not enough stock</source>
        <translation>Not enough stock</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/order_actions.py" line="73" />
        <source>Cancel order %1? Its goods go back to stock.</source>
        <translation>Cancel order %1? Its goods go back to stock.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/order_actions.py" line="75" />
        <source>Mark order %1 as returned? Its goods go back to stock.</source>
        <translation>Mark order %1 as returned? Its goods go back to stock.</translation>
    </message>
</context>
<context>
    <name>OrderDetails</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="36" />
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="69" />
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="78" />
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="83" />
        <source>Note</source>
        <extracomment>The head of a confirmed order, shown as text: (key, label).</extracomment>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="42" />
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="42" />
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="43" />
        <source>WeChat Pay</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="43" />
        <source>Alipay</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="44" />
        <source>Bank card</source>
        <translation>Bank card</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="44" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="65" />
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="80" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="66" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="67" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="68" />
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="71" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="75" />
        <source>In order currency</source>
        <translation>In order currency</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="77" />
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="81" />
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="82" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="88" />
        <source>Batch number</source>
        <translation>Batch number</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="88" />
        <source>(no batch)</source>
        <translation>(no batch)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="166" />
        <source>No waybill yet. Use “Waybill…” to enter the number, carrier, weight and size.</source>
        <translation>No waybill yet. Use “Waybill…” to enter the number, carrier, weight and size.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="174" />
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="175" />
        <source>Waybill No.</source>
        <translation>Waybill No.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="175" />
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="176" />
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="177" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="177" />
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="178" />
        <source>Parcels</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="184" />
        <source>Total %1 · paid %2 · balance %3</source>
        <translation>Total %1 · paid %2 · balance %3</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="186" />
        <source>overpaid</source>
        <translation>overpaid</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="211" />
        <source>Status history</source>
        <translation>Status history</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="211" />
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="211" />
        <source>Waybill</source>
        <translation>Waybill</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="212" />
        <source>Where the goods came from</source>
        <translation>Where the goods came from</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="220" />
        <source>Each line of the order with the batches its goods were taken from (first to expire, first out), their supplier and dates.</source>
        <translation>Each line of the order with the batches its goods were taken from (first to expire, first out), their supplier and dates.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="222" />
        <source>Payment…</source>
        <translation>Payment…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="223" />
        <source>Waybill…</source>
        <translation>Waybill…</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="186" />
        <source>No product has the barcode %1.</source>
        <translation>No product has the barcode %1.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="199" />
        <source>Added %1 — quantity now %2.</source>
        <translation>Added %1 — quantity now %2.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="202" />
        <source>Added %1 — it has no price in %2: enter the unit price.</source>
        <translation>Added %1 — it has no price in %2: enter the unit price.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="224" />
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="224" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="251" />
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="270" />
        <source>This order was changed elsewhere meanwhile. Close the editor and open the order again.</source>
        <translation>This order was changed elsewhere meanwhile. Close the editor and open the order again.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="301" />
        <source>New order</source>
        <translation>New order</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="303" />
        <source>Order %1 — %2</source>
        <translation>Order %1 — %2</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="305" />
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="307" />
        <source>Scan:</source>
        <translation>Scan:</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="308" />
        <source>barcode + Enter</source>
        <translation>barcode + Enter</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="309" />
        <source>Add a product: type a name, SKU or barcode</source>
        <translation>Add a product: type a name, SKU or barcode</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="310" />
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="312" />
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="313" />
        <source>Save and confirm</source>
        <translation>Save and confirm</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="314" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="314" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OrderHead</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_head.py" line="60" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_head.py" line="149" />
        <source>New buyer…</source>
        <translation>New buyer…</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="41" />
        <source>Number</source>
        <extracomment>Orders without a balance to speak of: nothing is owed on a draft or a cancelled order.</extracomment>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="43" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="45" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="48" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="50" />
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="52" />
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="182" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="184" />
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="241" />
        <source>Search: order number or buyer</source>
        <translation>Search: order number or buyer</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="242" />
        <source>New order</source>
        <translation>New order</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="243" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="244" />
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="245" />
        <source>Cancel order</source>
        <translation>Cancel order</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="246" />
        <source>Payment…</source>
        <translation>Payment…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="247" />
        <source>Mark as:</source>
        <translation>Mark as:</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="250" />
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="251" />
        <source>All modes</source>
        <translation>All modes</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/partner_dialog.py" line="24" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/partner_dialog.py" line="28" />
        <source>Registration numbers</source>
        <translation>Registration numbers</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/partner_dialog.py" line="31" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/partner_dialog.py" line="62" />
        <source>Edit partner</source>
        <translation>Edit partner</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/partner_dialog.py" line="62" />
        <source>New partner</source>
        <translation>New partner</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="66" />
        <source>Delete the selected partner? Orders and documents that name it keep their copy.</source>
        <translation>Delete the selected partner? Orders and documents that name it keep their copy.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="72" />
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="75" />
        <source>Search: name, INN, USCC, phone, e-mail</source>
        <translation>Search: name, INN, USCC, phone, e-mail</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="76" />
        <source>New partner</source>
        <translation>New partner</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="77" />
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="78" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="82" />
        <source>All types</source>
        <translation>All types</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="68" />
        <source>Date paid</source>
        <translation>Date paid</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="69" />
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="70" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="154" />
        <source>1 %1 = ? %2 (rate used for this payment)</source>
        <translation>1 %1 = ? %2 (rate used for this payment)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="157" />
        <source>Paid in the order currency: no rate needed.</source>
        <translation>Paid in the order currency: no rate needed.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="160" />
        <source>Balance before: %1</source>
        <translation>Balance before: %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="164" />
        <source>This payment: %1</source>
        <translation>This payment: %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="166" />
        <source>Balance after: %1</source>
        <translation>Balance after: %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="168" />
        <source>This is an overpayment.</source>
        <translation>This is an overpayment.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="186" />
        <source>This payment is %1 more than the balance still owed. Record it as an overpayment?</source>
        <translation>This payment is %1 more than the balance still owed. Record it as an overpayment?</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="210" />
        <source>Payment for order %1</source>
        <translation>Payment for order %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="211" />
        <source>Order %1 · %2 · total %3 · paid %4</source>
        <translation>Order %1 · %2 · total %3 · paid %4</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="29" />
        <source>Names</source>
        <translation>Names</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="33" />
        <source>Customs</source>
        <translation>Customs</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="37" />
        <source>Units and weights</source>
        <translation>Units and weights</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="42" />
        <source>Prices</source>
        <translation>Prices</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="76" />
        <source>Edit product</source>
        <translation>Edit product</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="76" />
        <source>New product</source>
        <translation>New product</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="74" />
        <source>Delete the selected product? Orders and documents that use it keep their copy.</source>
        <translation>Delete the selected product? Orders and documents that use it keep their copy.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="80" />
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="83" />
        <source>Search: name (中文 / русский / English), SKU, barcode, HS code</source>
        <translation>Search: name (中文 / русский / English), SKU, barcode, HS code</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="84" />
        <source>Active only</source>
        <translation>Active only</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="85" />
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="86" />
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="87" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>RatesPage</name>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="38" />
        <source>From the platform</source>
        <translation>From the platform</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="39" />
        <source>Entered by hand</source>
        <translation>Entered by hand</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="45" />
        <source>Pair</source>
        <translation>Pair</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="48" />
        <source>Inverse</source>
        <translation>Inverse</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="50" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="51" />
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="83" />
        <source>1 unit of</source>
        <translation>1 unit of</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="84" />
        <source>costs, in</source>
        <translation>costs, in</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="143" />
        <source>%n rate(s)</source>
        <translation>
            <numerusform>%n rate</numerusform>
            <numerusform>%n rates</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="146" />
        <source>Search: currency (RUB) or date (2026-03)</source>
        <translation>Search: currency (RUB) or date (2026-03)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="147" />
        <source>New rate</source>
        <translation>New rate</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="148" />
        <source>Add rate</source>
        <translation>Add rate</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="149" />
        <source>Enter the rate you actually used, e.g. 1 CNY = 12.45 RUB. The newest rate on or before a payment's date is offered for it; the reverse pair is worked out.</source>
        <translation>Enter the rate you actually used, e.g. 1 CNY = 12.45 RUB. The newest rate on or before a payment's date is offered for it; the reverse pair is worked out.</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="97" />
        <source>Batch number</source>
        <translation>Batch number</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="100" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="113" />
        <source>Receive goods</source>
        <translation>Receive goods</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="117" />
        <source>A batch number, supplier or dates make this receipt a batch: each sale then knows which batch it came from.</source>
        <translation>A batch number, supplier or dates make this receipt a batch: each sale then knows which batch it came from.</translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="80" />
        <source>Type a name, SKU or barcode and pick the product</source>
        <translation>Type a name, SKU or barcode and pick the product</translation>
    </message>
</context>
<context>
    <name>StockModel</name>
    <message>
        <location filename="../../heihe_desk/ui/models/stock_model.py" line="65" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/models/stock_model.py" line="129" />
        <source>Oversold: more was sold here than was on the shelf. This happens when two devices sold the same units while offline. Count the shelf and enter an adjustment, or receive goods.</source>
        <translation>Oversold: more was sold here than was on the shelf. This happens when two devices sold the same units while offline. Count the shelf and enter an adjustment, or receive goods.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/models/stock_model.py" line="132" />
        <source>Low stock: below the warning level of %1 over all locations.</source>
        <translation>Low stock: below the warning level of %1 over all locations.</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="76" />
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="91" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="77" />
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="92" />
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="81" />
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="84" />
        <source>Batch number</source>
        <translation>Batch number</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="82" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="88" />
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="148" />
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="183" />
        <source>Loading stock…</source>
        <translation>Loading stock…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="158" />
        <source>⚠ %n product(s) below the low-stock warning level of %1. Tick “Low stock only” to see them.</source>
        <translation>
            <numerusform>⚠ %n product is below the low-stock warning level of %1. Tick “Low stock only” to see it.</numerusform>
            <numerusform>⚠ %n products are below the low-stock warning level of %1. Tick “Low stock only” to see them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="185" />
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="192" />
        <source>Select a batch to see where it went.</source>
        <translation>Select a batch to see where it went.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="196" />
        <source>Select a product to see its movements and batches.</source>
        <translation>Select a product to see its movements and batches.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="211" />
        <source>Where batch %1 went:</source>
        <translation>Where batch %1 went:</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="237" />
        <source>Search: product name, SKU or barcode</source>
        <translation>Search: product name, SKU or barcode</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="238" />
        <source>Low stock only</source>
        <translation>Low stock only</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="239" />
        <source>Receive goods…</source>
        <translation>Receive goods…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="240" />
        <source>Transfer…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="241" />
        <source>Adjust…</source>
        <translation>Adjust…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="242" />
        <source>Locations…</source>
        <translation>Locations…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="244" />
        <source>Movements</source>
        <translation>Movements</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="245" />
        <source>Batches and where they went</source>
        <translation>Batches and where they went</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="128" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="131" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="141" />
        <source>On hand at the source: %1</source>
        <translation>On hand at the source: %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="153" />
        <source>Transfer stock</source>
        <translation>Transfer stock</translation>
    </message>
</context>
<context>
    <name>WaybillDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="51" />
        <source>Carrier</source>
        <extracomment>Decimal input without floats: up to 6 digits and 3 decimals, point or comma.</extracomment>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="52" />
        <source>Weight, kg</source>
        <translation>Weight, kg</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="52" />
        <source>Length, cm</source>
        <translation>Length, cm</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="53" />
        <source>Width, cm</source>
        <translation>Width, cm</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="53" />
        <source>Height, cm</source>
        <translation>Height, cm</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="58" />
        <source>Parcels</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="63" />
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="64" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="65" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="120" />
        <source>Waybill</source>
        <translation>Waybill</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="121" />
        <source>Parcel</source>
        <translation>Parcel</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="122" />
        <source>New tracking event (optional)</source>
        <translation>New tracking event (optional)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="129" />
        <source>Picked up</source>
        <translation>Picked up</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="129" />
        <source>At the border warehouse</source>
        <translation>At the border warehouse</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="129" />
        <source>Customs cleared</source>
        <translation>Customs cleared</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="130" />
        <source>Crossed the border</source>
        <translation>Crossed the border</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="130" />
        <source>Arrived in Blagoveshchensk</source>
        <translation>Arrived in Blagoveshchensk</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="130" />
        <source>Handed to the buyer</source>
        <translation>Handed to the buyer</translation>
    </message>
</context>
</TS>
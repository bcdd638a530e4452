<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="171" />
        <source>Change (+/−)</source>
        <translation>增减数量（+/−）</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="172" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="181" />
        <source>Adjust stock</source>
        <translation>库存调整</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="184" />
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="186" />
        <source>Stock count</source>
        <translation>盘点</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="184" />
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="184" />
        <source>Expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="184" />
        <source>Lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="185" />
        <source>Sample or gift</source>
        <translation>样品或赠品</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="187" />
        <source>A negative number takes goods off the shelf, a positive one adds them.</source>
        <translation>负数表示减少库存，正数表示增加库存。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../heihe_desk/ui/app.py" line="48" />
        <source>Heihe Desk is already open with the data folder %1.</source>
        <translation>黑河边贸助手已打开数据文件夹 %1，请勿重复启动。</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="93" />
        <source>All dates</source>
        <extracomment>The earliest date a picker shows; a picker at this date means "no limit" and shows its special text.</extracomment>
        <translation>全部日期</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="93" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="93" />
        <source>Last 7 days</source>
        <translation>最近7天</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="94" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="94" />
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="94" />
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="95" />
        <source>Custom dates</source>
        <translation>自定义日期</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="103" />
        <source>from</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="103" />
        <source>to</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="105" />
        <source>First day (leave at “from” for no limit)</source>
        <translation>起始日期（保持“起始”表示不限）</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="106" />
        <source>Last day (leave at “to” for no limit)</source>
        <translation>截止日期（保持“截止”表示不限）</translation>
    </message>
</context>
<context>
    <name>LocationsDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/locations_dialog.py" line="88" />
        <source>Stock locations</source>
        <translation>库存地点</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/locations_dialog.py" line="89" />
        <source>New location</source>
        <translation>新增地点</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/locations_dialog.py" line="90" />
        <source>Add location</source>
        <translation>添加地点</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="116" />
        <source>Checking the database…</source>
        <translation>正在检查数据库…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="125" />
        <location filename="../../heihe_desk/ui/main_window.py" line="132" />
        <location filename="../../heihe_desk/ui/main_window.py" line="135" />
        <source>Database check</source>
        <translation>数据库检查</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="126" />
        <source>The database file is damaged. Close the app and restore the latest backup from the backups folder.</source>
        <translation>数据库文件已损坏。请关闭程序，并从 backups 文件夹恢复最新的备份。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="133" />
        <source>Problems found:</source>
        <translation>发现以下问题：</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="135" />
        <source>The database is sound.</source>
        <translation>数据库完好，未发现问题。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="139" />
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="142" />
        <source>About Heihe Desk</source>
        <translation>关于黑河边贸助手</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="143" />
        <source>Heihe Desk %1
Data folder: %2</source>
        <translation>黑河边贸助手 %1
数据文件夹：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/main_window.py" line="147" />
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%n 项更改尚未同步</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="148" />
        <source>Device %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="162" />
        <source>Heihe Desk — cross-border trade assistant</source>
        <translation>黑河边贸助手</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="163" />
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="163" />
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="163" />
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="164" />
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="164" />
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="167" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="168" />
        <source>&amp;Check database</source>
        <translation>检查数据库(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="169" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="170" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="171" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="172" />
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <location filename="../../heihe_desk/ui/order_actions.py" line="27" />
        <source>Cannot do this</source>
        <extracomment>Status moves offered as buttons after confirmation, in the order an order lives through them. Moves that put goods back on the shelf and so are asked about first.</extracomment>
        <translation>无法执行此操作</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/order_actions.py" line="52" />
        <source>Not enough stock at the order's location:</source>
        <translation>订单所在地点库存不足：</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/order_actions.py" line="53" />
        <source>Confirm anyway? The stock will show as negative (oversold) until goods are received or the count is corrected.</source>
        <translation>仍然确认吗？在收货或修正盘点之前，库存将显示为负数（超卖）。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/order_actions.py" line="55" />
        <source>Not enough stock</source>
        <translation>库存不足</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/order_actions.py" line="73" />
        <source>Cancel order %1? Its goods go back to stock.</source>
        <translation>取消订单 %1？其商品将退回库存。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/order_actions.py" line="75" />
        <source>Mark order %1 as returned? Its goods go back to stock.</source>
        <translation>将订单 %1 标记为已退货？其商品将退回库存。</translation>
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
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="42" />
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="42" />
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="43" />
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="43" />
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="44" />
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="44" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="65" />
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="80" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="66" />
        <source>From</source>
        <translation>原状态</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="67" />
        <source>To</source>
        <translation>新状态</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="68" />
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="71" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="75" />
        <source>In order currency</source>
        <translation>折合订单币种</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="77" />
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="81" />
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="82" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="88" />
        <source>Batch number</source>
        <translation>批次号</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="88" />
        <source>(no batch)</source>
        <translation>（无批次）</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="166" />
        <source>No waybill yet. Use “Waybill…” to enter the number, carrier, weight and size.</source>
        <translation>尚无运单。请点击“运单…”填写运单号、承运商、重量和尺寸。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="174" />
        <source>%1 kg</source>
        <translation>%1 千克</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="175" />
        <source>Waybill No.</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="175" />
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="176" />
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="177" />
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="177" />
        <source>%1 cm</source>
        <translation>%1 厘米</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="178" />
        <source>Parcels</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="184" />
        <source>Total %1 · paid %2 · balance %3</source>
        <translation>合计 %1 · 已付 %2 · 余额 %3</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="186" />
        <source>overpaid</source>
        <translation>已多付</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="211" />
        <source>Status history</source>
        <translation>状态历史</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="211" />
        <source>Payments</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="211" />
        <source>Waybill</source>
        <translation>运单</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="212" />
        <source>Where the goods came from</source>
        <translation>商品来源</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="220" />
        <source>Each line of the order with the batches its goods were taken from (first to expire, first out), their supplier and dates.</source>
        <translation>订单每一行商品所出自的批次（先到期先出）、供应商及日期。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="222" />
        <source>Payment…</source>
        <translation>收款…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="223" />
        <source>Waybill…</source>
        <translation>运单…</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="186" />
        <source>No product has the barcode %1.</source>
        <translation>没有条码为 %1 的商品。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="199" />
        <source>Added %1 — quantity now %2.</source>
        <translation>已添加 %1，当前数量 %2。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="202" />
        <source>Added %1 — it has no price in %2: enter the unit price.</source>
        <translation>已添加 %1，该商品没有 %2 价格：请填写单价。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="224" />
        <source>Goods</source>
        <translation>货款</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="224" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="251" />
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="270" />
        <source>This order was changed elsewhere meanwhile. Close the editor and open the order again.</source>
        <translation>此订单已在其他地方被修改。请关闭编辑器后重新打开订单。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="301" />
        <source>New order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="303" />
        <source>Order %1 — %2</source>
        <translation>订单 %1 — %2</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="305" />
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="307" />
        <source>Scan:</source>
        <translation>扫码：</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="308" />
        <source>barcode + Enter</source>
        <translation>条码 + 回车</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="309" />
        <source>Add a product: type a name, SKU or barcode</source>
        <translation>添加商品：输入名称、货号或条码</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="310" />
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="312" />
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="313" />
        <source>Save and confirm</source>
        <translation>保存并确认</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="314" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="314" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>OrderHead</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_head.py" line="60" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_head.py" line="149" />
        <source>New buyer…</source>
        <translation>新建买方…</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="41" />
        <source>Number</source>
        <extracomment>Orders without a balance to speak of: nothing is owed on a draft or a cancelled order.</extracomment>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="43" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="45" />
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="48" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="50" />
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="52" />
        <source>Balance</source>
        <translation>未付余额</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="182" />
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="184" />
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="241" />
        <source>Search: order number or buyer</source>
        <translation>搜索：订单号或买方</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="242" />
        <source>New order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="243" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="244" />
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="245" />
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="246" />
        <source>Payment…</source>
        <translation>收款…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="247" />
        <source>Mark as:</source>
        <translation>标记为：</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="250" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="251" />
        <source>All modes</source>
        <translation>全部贸易方式</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/partner_dialog.py" line="24" />
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/partner_dialog.py" line="28" />
        <source>Registration numbers</source>
        <translation>登记编号</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/partner_dialog.py" line="31" />
        <source>Contacts</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/partner_dialog.py" line="62" />
        <source>Edit partner</source>
        <translation>编辑合作伙伴</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/partner_dialog.py" line="62" />
        <source>New partner</source>
        <translation>新建合作伙伴</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="66" />
        <source>Delete the selected partner? Orders and documents that name it keep their copy.</source>
        <translation>删除所选合作伙伴？引用该合作伙伴的订单和单据会保留各自的副本。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="72" />
        <source>%n partner(s)</source>
        <translation>
            <numerusform>共 %n 个合作伙伴</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="75" />
        <source>Search: name, INN, USCC, phone, e-mail</source>
        <translation>搜索：名称、INN、统一社会信用代码、电话、电子邮箱</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="76" />
        <source>New partner</source>
        <translation>新建合作伙伴</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="77" />
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="78" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="82" />
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="68" />
        <source>Date paid</source>
        <translation>付款日期</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="69" />
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="70" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="154" />
        <source>1 %1 = ? %2 (rate used for this payment)</source>
        <translation>1 %1 = ? %2（本次付款所用汇率）</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="157" />
        <source>Paid in the order currency: no rate needed.</source>
        <translation>以订单币种付款，无需汇率。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="160" />
        <source>Balance before: %1</source>
        <translation>付款前余额：%1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="164" />
        <source>This payment: %1</source>
        <translation>本次付款：%1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="166" />
        <source>Balance after: %1</source>
        <translation>付款后余额：%1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="168" />
        <source>This is an overpayment.</source>
        <translation>这是一笔多付款。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="186" />
        <source>This payment is %1 more than the balance still owed. Record it as an overpayment?</source>
        <translation>本次付款比未付余额多 %1。要记为多付款吗？</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="210" />
        <source>Payment for order %1</source>
        <translation>订单 %1 收款</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="211" />
        <source>Order %1 · %2 · total %3 · paid %4</source>
        <translation>订单 %1 · %2 · 合计 %3 · 已付 %4</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="29" />
        <source>Names</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="33" />
        <source>Customs</source>
        <translation>报关信息</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="37" />
        <source>Units and weights</source>
        <translation>计量单位与重量</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="42" />
        <source>Prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="76" />
        <source>Edit product</source>
        <translation>编辑商品</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="76" />
        <source>New product</source>
        <translation>新建商品</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="74" />
        <source>Delete the selected product? Orders and documents that use it keep their copy.</source>
        <translation>删除所选商品？使用该商品的订单和单据会保留各自的副本。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="80" />
        <source>%n product(s)</source>
        <translation>
            <numerusform>共 %n 个商品</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="83" />
        <source>Search: name (中文 / русский / English), SKU, barcode, HS code</source>
        <translation>搜索：中文/俄文/英文名称、货号、条码、HS编码</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="84" />
        <source>Active only</source>
        <translation>仅显示启用</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="85" />
        <source>New product</source>
        <translation>新建商品</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="86" />
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="87" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>RatesPage</name>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="38" />
        <source>From the platform</source>
        <translation>来自平台</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="39" />
        <source>Entered by hand</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="45" />
        <source>Pair</source>
        <translation>货币对</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="48" />
        <source>Inverse</source>
        <translation>反向汇率</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="50" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="51" />
        <source>Recorded</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="83" />
        <source>1 unit of</source>
        <translation>1 单位</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="84" />
        <source>costs, in</source>
        <translation>折合</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="143" />
        <source>%n rate(s)</source>
        <translation>
            <numerusform>%n 条汇率</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="146" />
        <source>Search: currency (RUB) or date (2026-03)</source>
        <translation>搜索：币种（RUB）或日期（2026-03）</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="147" />
        <source>New rate</source>
        <translation>新增汇率</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="148" />
        <source>Add rate</source>
        <translation>添加汇率</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="149" />
        <source>Enter the rate you actually used, e.g. 1 CNY = 12.45 RUB. The newest rate on or before a payment's date is offered for it; the reverse pair is worked out.</source>
        <translation>请录入实际使用的汇率，例如 1 CNY = 12.45 RUB。收款时会自动带出付款日当天或之前最新的汇率；反向汇率自动换算。</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="97" />
        <source>Batch number</source>
        <translation>批次号</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="100" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="113" />
        <source>Receive goods</source>
        <translation>收货入库</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="117" />
        <source>A batch number, supplier or dates make this receipt a batch: each sale then knows which batch it came from.</source>
        <translation>填写批次号、供应商或日期后，本次收货即成为一个批次：之后每笔销售都能追溯到所出批次。</translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="80" />
        <source>Type a name, SKU or barcode and pick the product</source>
        <translation>输入名称、货号或条码并选择商品</translation>
    </message>
</context>
<context>
    <name>StockModel</name>
    <message>
        <location filename="../../heihe_desk/ui/models/stock_model.py" line="65" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/models/stock_model.py" line="129" />
        <source>Oversold: more was sold here than was on the shelf. This happens when two devices sold the same units while offline. Count the shelf and enter an adjustment, or receive goods.</source>
        <translation>超卖：此处卖出的数量多于货架上的数量。两台设备离线时卖出同一批货就会出现这种情况。请盘点货架并录入库存调整，或办理收货。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/models/stock_model.py" line="132" />
        <source>Low stock: below the warning level of %1 over all locations.</source>
        <translation>库存偏低：所有地点合计低于预警值 %1。</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="76" />
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="91" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="77" />
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="92" />
        <source>Movement</source>
        <translation>变动</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="81" />
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="84" />
        <source>Batch number</source>
        <translation>批次号</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="82" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="88" />
        <source>On hand</source>
        <translation>现存</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="148" />
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="183" />
        <source>Loading stock…</source>
        <translation>正在加载库存…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="158" />
        <source>⚠ %n product(s) below the low-stock warning level of %1. Tick “Low stock only” to see them.</source>
        <translation>
            <numerusform>⚠ %n 种商品低于库存预警值 %1。勾选“仅显示低库存”即可查看。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="185" />
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 种商品</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="192" />
        <source>Select a batch to see where it went.</source>
        <translation>选择一个批次，查看它的去向。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="196" />
        <source>Select a product to see its movements and batches.</source>
        <translation>选择一种商品，查看其库存变动和批次。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="211" />
        <source>Where batch %1 went:</source>
        <translation>批次 %1 的去向：</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="237" />
        <source>Search: product name, SKU or barcode</source>
        <translation>搜索：商品名称、货号或条码</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="238" />
        <source>Low stock only</source>
        <translation>仅显示低库存</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="239" />
        <source>Receive goods…</source>
        <translation>收货入库…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="240" />
        <source>Transfer…</source>
        <translation>调拨…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="241" />
        <source>Adjust…</source>
        <translation>调整…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="242" />
        <source>Locations…</source>
        <translation>地点…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="244" />
        <source>Movements</source>
        <translation>库存变动</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="245" />
        <source>Batches and where they went</source>
        <translation>批次及去向</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="128" />
        <source>From</source>
        <translation>调出地点</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="131" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="141" />
        <source>On hand at the source: %1</source>
        <translation>调出地点现存：%1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="153" />
        <source>Transfer stock</source>
        <translation>库存调拨</translation>
    </message>
</context>
<context>
    <name>WaybillDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="51" />
        <source>Carrier</source>
        <extracomment>Decimal input without floats: up to 6 digits and 3 decimals, point or comma.</extracomment>
        <translation>承运商</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="52" />
        <source>Weight, kg</source>
        <translation>重量（千克）</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="52" />
        <source>Length, cm</source>
        <translation>长（厘米）</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="53" />
        <source>Width, cm</source>
        <translation>宽（厘米）</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="53" />
        <source>Height, cm</source>
        <translation>高（厘米）</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="58" />
        <source>Parcels</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="63" />
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="64" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="65" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="120" />
        <source>Waybill</source>
        <translation>运单</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="121" />
        <source>Parcel</source>
        <translation>包裹</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="122" />
        <source>New tracking event (optional)</source>
        <translation>新增物流轨迹（可选）</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="129" />
        <source>Picked up</source>
        <translation>已揽收</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="129" />
        <source>At the border warehouse</source>
        <translation>已到边境仓</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="129" />
        <source>Customs cleared</source>
        <translation>已清关</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="130" />
        <source>Crossed the border</source>
        <translation>已出境</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="130" />
        <source>Arrived in Blagoveshchensk</source>
        <translation>已到达布拉戈维申斯克</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="130" />
        <source>Handed to the buyer</source>
        <translation>已交付买方</translation>
    </message>
</context>
</TS>
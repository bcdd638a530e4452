<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="171"/>
        <source>Change (+/−)</source>
        <translation>增减数量（+/−）</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="172"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="181"/>
        <source>Adjust stock</source>
        <translation>库存调整</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="184"/>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="186"/>
        <source>Stock count</source>
        <translation>盘点</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="184"/>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="184"/>
        <source>Expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="184"/>
        <source>Lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="185"/>
        <source>Sample or gift</source>
        <translation>样品或赠品</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="187"/>
        <source>A negative number takes goods off the shelf, a positive one adds them.</source>
        <translation>负数表示减少库存，正数表示增加库存。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../heihe_desk/ui/app.py" line="48"/>
        <source>Heihe Desk is already open with the data folder %1.</source>
        <translation>黑河边贸助手已打开数据文件夹 %1，请勿重复启动。</translation>
    </message>
</context>
<context>
    <name>AttentionDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/attention_dialog.py" line="119"/>
        <source>This record was deleted here; resend sends the deletion.</source>
        <extracomment>Kinds of record the app has an editor for; refusals of other kinds can only be resent.</extracomment>
        <translation>该记录已在本机删除；重新发送将发送删除操作。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/attention_dialog.py" line="145"/>
        <source>Saved. Press Resend to send the change to the platform again.</source>
        <translation>已保存。点击“重新发送”将更改再次发送到平台。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/attention_dialog.py" line="155"/>
        <source>Queued again; it goes with the next sync.</source>
        <translation>已重新排队，将在下次同步时发送。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/attention_dialog.py" line="178"/>
        <source>Needs attention</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/attention_dialog.py" line="179"/>
        <source>The platform refused these changes. They stay here until they are sent again: open the record, fix what the reason names, save, then press Resend.</source>
        <translation>平台拒绝了这些更改。它们会保留在这里，直到重新发送：打开记录，按原因修改，然后点击“重新发送”。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/attention_dialog.py" line="181"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/attention_dialog.py" line="181"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/attention_dialog.py" line="181"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/attention_dialog.py" line="182"/>
        <source>Made at</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/attention_dialog.py" line="182"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/attention_dialog.py" line="183"/>
        <source>Open record…</source>
        <translation>打开记录…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/attention_dialog.py" line="184"/>
        <source>Resend</source>
        <translation>重新发送</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/conflicts_dialog.py" line="112"/>
        <source>No conflicts: every record agrees with the platform.</source>
        <translation>没有冲突：所有记录都与平台一致。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/conflicts_dialog.py" line="114"/>
        <source>%1 (noticed %2)</source>
        <translation>%1（发现于 %2）</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/conflicts_dialog.py" line="120"/>
        <source>(deleted here)</source>
        <translation>（已在本机删除）</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/conflicts_dialog.py" line="121"/>
        <source>(deleted on the platform)</source>
        <translation>（已在平台上删除）</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/conflicts_dialog.py" line="156"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/conflicts_dialog.py" line="156"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/conflicts_dialog.py" line="178"/>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/conflicts_dialog.py" line="179"/>
        <source>These records were changed here and on the platform. Compare the two versions and choose which one to keep; the other is discarded.</source>
        <translation>这些记录在本机和平台上都被修改过。请比较两个版本，选择保留哪一个；另一个版本将被放弃。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/conflicts_dialog.py" line="181"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/conflicts_dialog.py" line="181"/>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/conflicts_dialog.py" line="181"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/conflicts_dialog.py" line="182"/>
        <source>Keep mine</source>
        <translation>保留本机版本</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/conflicts_dialog.py" line="183"/>
        <source>Take the platform&apos;s</source>
        <translation>采用平台版本</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="93"/>
        <source>All dates</source>
        <extracomment>The earliest date a picker shows; a picker at this date means &quot;no limit&quot; and shows its special text.</extracomment>
        <translation>全部日期</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="93"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="93"/>
        <source>Last 7 days</source>
        <translation>最近7天</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="94"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="94"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="94"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="95"/>
        <source>Custom dates</source>
        <translation>自定义日期</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="103"/>
        <source>from</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="103"/>
        <source>to</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="105"/>
        <source>First day (leave at “from” for no limit)</source>
        <translation>起始日期（保持“起始”表示不限）</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="106"/>
        <source>Last day (leave at “to” for no limit)</source>
        <translation>截止日期（保持“截止”表示不限）</translation>
    </message>
</context>
<context>
    <name>DeclarationActions</name>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/declaration_actions.py" line="64"/>
        <source>%n reply(ies) already imported before</source>
        <translation>
            <numerusform>%n 个回执此前已导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/declaration_actions.py" line="67"/>
        <source>%n reply(ies) match no declaration here</source>
        <translation>
            <numerusform>%n 个回执在此找不到对应的申报</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/declaration_actions.py" line="98"/>
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 个文件写入 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeclarationSettingsDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="94"/>
        <source>Your enterprise</source>
        <translation>本企业</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="95"/>
        <source>Platform and declaring enterprise</source>
        <translation>平台和申报企业</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="97"/>
        <source>Default carrier</source>
        <translation>默认承运人</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="98"/>
        <source>Data exchange (DXP)</source>
        <translation>数据交换（DXP）</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="99"/>
        <source>Customs offices and codes</source>
        <translation>海关关区和代码</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="172"/>
        <source>Codes the platform gave you</source>
        <translation>平台分配给您的代码</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="189"/>
        <source>Messages you file</source>
        <translation>由您申报的报文</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="198"/>
        <source>B — summary declaration later (汇总申报)</source>
        <translation>B — 汇总申报</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="199"/>
        <source>A — simplified declaration (简化申报)</source>
        <translation>A — 简化申报</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="200"/>
        <source>Numeric customs codes (142 = CNY), as in the official samples</source>
        <translation>海关数字代码（142 = 人民币），与官方样例一致</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="201"/>
        <source>Letter codes (CNY, RUS)</source>
        <translation>字母代码（CNY、RUS）</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="262"/>
        <source>Only if the platform told you to: ISO code = customs code, e.g. RUB=643</source>
        <translation>仅在平台要求时填写：ISO 代码 = 海关代码，例如 RUB=643</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="299"/>
        <source>Customs declaration settings</source>
        <translation>海关申报设置</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="301"/>
        <source>Customs need these codes in every message. Nothing is guessed: while a value is missing, the grey text under it says where to find it. Values you do not know yet may stay empty until you declare.</source>
        <translation>海关要求每份报文都带有这些代码。系统不会猜测：缺少某项时，下方灰色文字会说明在哪里找到它。暂时不知道的值可以先留空，申报前再填。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="303"/>
        <source>The declaration could not be made: the settings marked in red are missing or wrong.</source>
        <translation>无法生成申报：红色标出的设置缺失或有误。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="309"/>
        <source>Currency codes</source>
        <translation>币制代码</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="309"/>
        <source>Country codes</source>
        <translation>国别代码</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="310"/>
        <source>CEB603 list declaration (always)</source>
        <translation>CEB603 申报清单（始终）</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="311"/>
        <source>CEB303 electronic order</source>
        <translation>CEB303 电子订单</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="311"/>
        <source>CEB403 payment receipt</source>
        <translation>CEB403 收款单</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="312"/>
        <source>CEB505 waybill</source>
        <translation>CEB505 运单</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="315"/>
        <source>Tick the messages you file yourself. Usually the platform files the order, the payment company the receipt and the carrier the waybill; ask the platform which ones are yours.</source>
        <translation>勾选由您自己申报的报文。通常订单由平台申报，收款单由支付企业申报，运单由物流企业申报；具体由哪方申报请咨询平台。</translation>
    </message>
</context>
<context>
    <name>DeclarationView</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="71"/>
        <source>Customs time</source>
        <translation>海关时间</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="73"/>
        <source>Reply</source>
        <translation>回执</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="74"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="76"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="124"/>
        <source>No reply from customs yet.</source>
        <translation>海关尚未回执。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="130"/>
        <source>What to do:</source>
        <translation>处理办法：</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="133"/>
        <source>Record to fix: order %1 (its products, waybill or payment), then declare it again.</source>
        <translation>需修改的记录：订单 %1（其商品、运单或付款），然后重新申报。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="137"/>
        <source>Customs wrote:</source>
        <translation>海关回复：</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="150"/>
        <source>Message</source>
        <translation>报文</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="151"/>
        <source>Order or summary</source>
        <translation>订单或汇总</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="152"/>
        <source>Enterprise document number</source>
        <translation>企业内部编号</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="153"/>
        <source>Message guid</source>
        <translation>报文 GUID</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="154"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>DeclarationViewDialog</name>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="159"/>
        <source>Customs replies (%n)</source>
        <translation>
            <numerusform>海关回执（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="160"/>
        <source>XML message</source>
        <translation>XML 报文</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="161"/>
        <source>Declare again…</source>
        <translation>重新申报…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="163"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>DeclarationsPage</name>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="37"/>
        <source>waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="39"/>
        <source>with the platform</source>
        <translation>已交平台</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="41"/>
        <source>refused by the platform</source>
        <translation>被平台拒绝</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="57"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="59"/>
        <source>Message</source>
        <translation>报文</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="60"/>
        <source>Order or summary</source>
        <translation>订单或汇总</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="62"/>
        <source>Sending</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="63"/>
        <source>Customs said</source>
        <translation>海关回执</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="166"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="168"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 份报文</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="236"/>
        <source>Search: order number, document number or guid</source>
        <translation>搜索：订单号、单据编号或 GUID</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="237"/>
        <source>Declare orders…</source>
        <translation>申报订单…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="237"/>
        <source>Summary…</source>
        <translation>汇总申报…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="238"/>
        <source>Import replies…</source>
        <translation>导入回执…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="238"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="239"/>
        <source>Validate again</source>
        <translation>重新校验</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="239"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="240"/>
        <source>PDF copy</source>
        <translation>PDF 副本</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="240"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="245"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="246"/>
        <source>All messages</source>
        <translation>全部报文</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="140"/>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="335"/>
        <source>%1 mm</source>
        <extracomment>Screen resolution of the page previews: A4 fits the dialog&apos;s width, a receipt is shown larger.</extracomment>
        <translation>%1 毫米</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="167"/>
        <source>No documents are issued for a cancelled order.</source>
        <translation>已取消的订单不开具单据。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="200"/>
        <source>The document could not be made: %1</source>
        <translation>无法生成单据：%1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="224"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · order %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · 订单 %2</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="226"/>
        <source>preparing the pages…</source>
        <translation>正在生成页面…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="228"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="229"/>
        <source>printing again keeps this number</source>
        <translation>重新打印沿用此编号</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="232"/>
        <source>A draft gets a proforma invoice only: confirm the order to print an invoice, packing list or receipt.</source>
        <translation>草稿只能开具形式发票：请先确认订单，再打印商业发票、装箱单或收据。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="250"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="251"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="257"/>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="291"/>
        <source>The printer could not be started. Check that it is switched on and connected.</source>
        <translation>无法启动打印机。请检查打印机是否已开机并连接。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="323"/>
        <source>Documents of order %1</source>
        <translation>订单 %1 的单据</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="324"/>
        <source>Document:</source>
        <translation>单据：</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="325"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="326"/>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="327"/>
        <source>Seller details…</source>
        <translation>卖方信息…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="328"/>
        <source>Open in viewer</source>
        <translation>在阅读器中打开</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="329"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="330"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="331"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="45"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="49"/>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="59"/>
        <source>fix product %1</source>
        <translation>请修改商品 %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="70"/>
        <source>Customs settings are missing or wrong (button “Settings…”):</source>
        <translation>海关设置缺失或有误（点击“设置…”按钮）：</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="75"/>
        <source>%1: cannot be declared</source>
        <translation>%1：不能申报</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="78"/>
        <source>%1: check these warnings</source>
        <translation>%1：请查看以下警告</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="81"/>
        <source>%1: ready</source>
        <translation>%1：可以申报</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="229"/>
        <source>%n order(s) declared; their messages are queued for sending.</source>
        <translation>
            <numerusform>已申报 %n 个订单；报文已排队等待发送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="250"/>
        <source>Declare %n order(s)</source>
        <translation>
            <numerusform>申报 %n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="261"/>
        <source>Declare orders</source>
        <translation>申报订单</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="263"/>
        <source>Confirmed orders waiting for their list declaration. Select one or more (Ctrl or Shift for several), press “Check”: the order, payment and waybill are compared and the risk rules applied. Nothing is sent before you press “Declare”.</source>
        <translation>等待申报清单的已确认订单。选择一个或多个（按住 Ctrl 或 Shift 多选），点击“检查”：系统会比对订单、支付单和运单并应用风险规则。点击“申报”之前不会发送任何内容。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="266"/>
        <source>Search: order number or buyer</source>
        <translation>搜索：订单号或买方</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="267"/>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="268"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="269"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="270"/>
        <source>I have read the warnings: declare those orders too</source>
        <translation>我已阅读警告：这些订单也一并申报</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="271"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>LocationsDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/locations_dialog.py" line="88"/>
        <source>Stock locations</source>
        <translation>库存地点</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/locations_dialog.py" line="89"/>
        <source>New location</source>
        <translation>新增地点</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/locations_dialog.py" line="90"/>
        <source>Add location</source>
        <translation>添加地点</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="119"/>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="120"/>
        <source>Heihe Desk backup (*%1)</source>
        <translation>黑河边贸助手备份 (*%1)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="123"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="127"/>
        <source>Backup saved to %1</source>
        <translation>备份已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="130"/>
        <source>Checking the database…</source>
        <translation>正在检查数据库…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="139"/>
        <location filename="../../heihe_desk/ui/main_window.py" line="146"/>
        <location filename="../../heihe_desk/ui/main_window.py" line="149"/>
        <source>Database check</source>
        <translation>数据库检查</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="140"/>
        <source>The database file is damaged. Close the app and restore the latest backup from the backups folder.</source>
        <translation>数据库文件已损坏。请关闭程序，并从 backups 文件夹恢复最新的备份。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="147"/>
        <source>Problems found:</source>
        <translation>发现以下问题：</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="149"/>
        <source>The database is sound.</source>
        <translation>数据库完好，未发现问题。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="153"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="156"/>
        <source>About Heihe Desk</source>
        <translation>关于黑河边贸助手</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="157"/>
        <source>Heihe Desk %1
Data folder: %2</source>
        <translation>黑河边贸助手 %1
数据文件夹：%2</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="161"/>
        <source>Device %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="176"/>
        <source>Heihe Desk — cross-border trade assistant</source>
        <translation>黑河边贸助手</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="177"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="177"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="177"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="178"/>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="178"/>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="179"/>
        <source>Declarations</source>
        <translation>申报</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="182"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="183"/>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="184"/>
        <source>&amp;Check database</source>
        <translation>检查数据库(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="185"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="186"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="187"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="188"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <location filename="../../heihe_desk/ui/order_actions.py" line="27"/>
        <source>Cannot do this</source>
        <extracomment>Status moves offered as buttons after confirmation, in the order an order lives through them. Moves that put goods back on the shelf and so are asked about first.</extracomment>
        <translation>无法执行此操作</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/order_actions.py" line="52"/>
        <source>Not enough stock at the order&apos;s location:</source>
        <translation>订单所在地点库存不足：</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/order_actions.py" line="53"/>
        <source>Confirm anyway? The stock will show as negative (oversold) until goods are received or the count is corrected.</source>
        <translation>仍然确认吗？在收货或修正盘点之前，库存将显示为负数（超卖）。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/order_actions.py" line="55"/>
        <source>Not enough stock</source>
        <translation>库存不足</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/order_actions.py" line="73"/>
        <source>Cancel order %1? Its goods go back to stock.</source>
        <translation>取消订单 %1？其商品将退回库存。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/order_actions.py" line="75"/>
        <source>Mark order %1 as returned? Its goods go back to stock.</source>
        <translation>将订单 %1 标记为已退货？其商品将退回库存。</translation>
    </message>
</context>
<context>
    <name>OrderDetails</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="36"/>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="69"/>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="78"/>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="83"/>
        <source>Note</source>
        <extracomment>The head of a confirmed order, shown as text: (key, label).</extracomment>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="42"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="42"/>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="43"/>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="43"/>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="44"/>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="44"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="65"/>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="80"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="66"/>
        <source>From</source>
        <translation>原状态</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="67"/>
        <source>To</source>
        <translation>新状态</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="68"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="71"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="75"/>
        <source>In order currency</source>
        <translation>折合订单币种</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="77"/>
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="81"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="82"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="88"/>
        <source>Batch number</source>
        <translation>批次号</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="88"/>
        <source>(no batch)</source>
        <translation>（无批次）</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="166"/>
        <source>No waybill yet. Use “Waybill…” to enter the number, carrier, weight and size.</source>
        <translation>尚无运单。请点击“运单…”填写运单号、承运商、重量和尺寸。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="174"/>
        <source>%1 kg</source>
        <translation>%1 千克</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="175"/>
        <source>Waybill No.</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="175"/>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="176"/>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="177"/>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="177"/>
        <source>%1 cm</source>
        <translation>%1 厘米</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="178"/>
        <source>Parcels</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="184"/>
        <source>Total %1 · paid %2 · balance %3</source>
        <translation>合计 %1 · 已付 %2 · 余额 %3</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="186"/>
        <source>overpaid</source>
        <translation>已多付</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="211"/>
        <source>Status history</source>
        <translation>状态历史</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="211"/>
        <source>Payments</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="211"/>
        <source>Waybill</source>
        <translation>运单</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="212"/>
        <source>Where the goods came from</source>
        <translation>商品来源</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="220"/>
        <source>Each line of the order with the batches its goods were taken from (first to expire, first out), their supplier and dates.</source>
        <translation>订单每一行商品所出自的批次（先到期先出）、供应商及日期。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="222"/>
        <source>Payment…</source>
        <translation>收款…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="223"/>
        <source>Waybill…</source>
        <translation>运单…</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="186"/>
        <source>No product has the barcode %1.</source>
        <translation>没有条码为 %1 的商品。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="199"/>
        <source>Added %1 — quantity now %2.</source>
        <translation>已添加 %1，当前数量 %2。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="202"/>
        <source>Added %1 — it has no price in %2: enter the unit price.</source>
        <translation>已添加 %1，该商品没有 %2 价格：请填写单价。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="224"/>
        <source>Goods</source>
        <translation>货款</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="224"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="251"/>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="270"/>
        <source>This order was changed elsewhere meanwhile. Close the editor and open the order again.</source>
        <translation>此订单已在其他地方被修改。请关闭编辑器后重新打开订单。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="301"/>
        <source>New order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="303"/>
        <source>Order %1 — %2</source>
        <translation>订单 %1 — %2</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="305"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="307"/>
        <source>Scan:</source>
        <translation>扫码：</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="308"/>
        <source>barcode + Enter</source>
        <translation>条码 + 回车</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="309"/>
        <source>Add a product: type a name, SKU or barcode</source>
        <translation>添加商品：输入名称、货号或条码</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="310"/>
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="312"/>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="313"/>
        <source>Save and confirm</source>
        <translation>保存并确认</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="314"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="314"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>OrderHead</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_head.py" line="60"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_head.py" line="149"/>
        <source>New buyer…</source>
        <translation>新建买方…</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="41"/>
        <source>Number</source>
        <extracomment>Orders without a balance to speak of: nothing is owed on a draft or a cancelled order.</extracomment>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="43"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="45"/>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="48"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="50"/>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="52"/>
        <source>Balance</source>
        <translation>未付余额</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="184"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="186"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="255"/>
        <source>Search: order number or buyer</source>
        <translation>搜索：订单号或买方</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="256"/>
        <source>New order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="257"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="258"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="259"/>
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="260"/>
        <source>Payment…</source>
        <translation>收款…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="261"/>
        <source>Documents…</source>
        <translation>单据…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="262"/>
        <source>Mark as:</source>
        <translation>标记为：</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="265"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="266"/>
        <source>All modes</source>
        <translation>全部贸易方式</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/partner_dialog.py" line="24"/>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/partner_dialog.py" line="28"/>
        <source>Registration numbers</source>
        <translation>登记编号</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/partner_dialog.py" line="31"/>
        <source>Contacts</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/partner_dialog.py" line="62"/>
        <source>Edit partner</source>
        <translation>编辑合作伙伴</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/partner_dialog.py" line="62"/>
        <source>New partner</source>
        <translation>新建合作伙伴</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="66"/>
        <source>Delete the selected partner? Orders and documents that name it keep their copy.</source>
        <translation>删除所选合作伙伴？引用该合作伙伴的订单和单据会保留各自的副本。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="72"/>
        <source>%n partner(s)</source>
        <translation>
            <numerusform>共 %n 个合作伙伴</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="75"/>
        <source>Search: name, INN, USCC, phone, e-mail</source>
        <translation>搜索：名称、INN、统一社会信用代码、电话、电子邮箱</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="76"/>
        <source>New partner</source>
        <translation>新建合作伙伴</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="77"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="78"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="82"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="68"/>
        <source>Date paid</source>
        <translation>付款日期</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="69"/>
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="70"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="154"/>
        <source>1 %1 = ? %2 (rate used for this payment)</source>
        <translation>1 %1 = ? %2（本次付款所用汇率）</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="157"/>
        <source>Paid in the order currency: no rate needed.</source>
        <translation>以订单币种付款，无需汇率。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="160"/>
        <source>Balance before: %1</source>
        <translation>付款前余额：%1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="164"/>
        <source>This payment: %1</source>
        <translation>本次付款：%1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="166"/>
        <source>Balance after: %1</source>
        <translation>付款后余额：%1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="168"/>
        <source>This is an overpayment.</source>
        <translation>这是一笔多付款。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="186"/>
        <source>This payment is %1 more than the balance still owed. Record it as an overpayment?</source>
        <translation>本次付款比未付余额多 %1。要记为多付款吗？</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="210"/>
        <source>Payment for order %1</source>
        <translation>订单 %1 收款</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="211"/>
        <source>Order %1 · %2 · total %3 · paid %4</source>
        <translation>订单 %1 · %2 · 合计 %3 · 已付 %4</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="29"/>
        <source>Names</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="33"/>
        <source>Customs</source>
        <translation>报关信息</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="37"/>
        <source>Units and weights</source>
        <translation>计量单位与重量</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="42"/>
        <source>Prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="76"/>
        <source>Edit product</source>
        <translation>编辑商品</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="76"/>
        <source>New product</source>
        <translation>新建商品</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="74"/>
        <source>Delete the selected product? Orders and documents that use it keep their copy.</source>
        <translation>删除所选商品？使用该商品的订单和单据会保留各自的副本。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="80"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>共 %n 个商品</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="83"/>
        <source>Search: name (中文 / русский / English), SKU, barcode, HS code</source>
        <translation>搜索：中文/俄文/英文名称、货号、条码、HS编码</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="84"/>
        <source>Active only</source>
        <translation>仅显示启用</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="85"/>
        <source>New product</source>
        <translation>新建商品</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="86"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="87"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>RatesPage</name>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="38"/>
        <source>From the platform</source>
        <translation>来自平台</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="39"/>
        <source>Entered by hand</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="45"/>
        <source>Pair</source>
        <translation>货币对</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="48"/>
        <source>Inverse</source>
        <translation>反向汇率</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="50"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="51"/>
        <source>Recorded</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="83"/>
        <source>1 unit of</source>
        <translation>1 单位</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="84"/>
        <source>costs, in</source>
        <translation>折合</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="143"/>
        <source>%n rate(s)</source>
        <translation>
            <numerusform>%n 条汇率</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="146"/>
        <source>Search: currency (RUB) or date (2026-03)</source>
        <translation>搜索：币种（RUB）或日期（2026-03）</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="147"/>
        <source>New rate</source>
        <translation>新增汇率</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="148"/>
        <source>Add rate</source>
        <translation>添加汇率</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="149"/>
        <source>Enter the rate you actually used, e.g. 1 CNY = 12.45 RUB. The newest rate on or before a payment&apos;s date is offered for it; the reverse pair is worked out.</source>
        <translation>请录入实际使用的汇率，例如 1 CNY = 12.45 RUB。收款时会自动带出付款日当天或之前最新的汇率；反向汇率自动换算。</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="97"/>
        <source>Batch number</source>
        <translation>批次号</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="100"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="113"/>
        <source>Receive goods</source>
        <translation>收货入库</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="117"/>
        <source>A batch number, supplier or dates make this receipt a batch: each sale then knows which batch it came from.</source>
        <translation>填写批次号、供应商或日期后，本次收货即成为一个批次：之后每笔销售都能追溯到所出批次。</translation>
    </message>
</context>
<context>
    <name>SellerDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/seller_dialog.py" line="33"/>
        <source>Company</source>
        <extracomment>Field groups and examples of good values (placeholders show what belongs in each field).</extracomment>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/seller_dialog.py" line="34"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/seller_dialog.py" line="35"/>
        <source>Bank details</source>
        <translation>银行信息</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/seller_dialog.py" line="36"/>
        <source>Default terms</source>
        <translation>默认条款</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/seller_dialog.py" line="66"/>
        <source>Choose the logo</source>
        <translation>选择标志图片</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/seller_dialog.py" line="67"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/seller_dialog.py" line="89"/>
        <source>Seller details</source>
        <translation>卖方信息</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/seller_dialog.py" line="90"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="80"/>
        <source>Type a name, SKU or barcode and pick the product</source>
        <translation>输入名称、货号或条码并选择商品</translation>
    </message>
</context>
<context>
    <name>StockModel</name>
    <message>
        <location filename="../../heihe_desk/ui/models/stock_model.py" line="65"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/models/stock_model.py" line="129"/>
        <source>Oversold: more was sold here than was on the shelf. This happens when two devices sold the same units while offline. Count the shelf and enter an adjustment, or receive goods.</source>
        <translation>超卖：此处卖出的数量多于货架上的数量。两台设备离线时卖出同一批货就会出现这种情况。请盘点货架并录入库存调整，或办理收货。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/models/stock_model.py" line="132"/>
        <source>Low stock: below the warning level of %1 over all locations.</source>
        <translation>库存偏低：所有地点合计低于预警值 %1。</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="76"/>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="91"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="77"/>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="92"/>
        <source>Movement</source>
        <translation>变动</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="81"/>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="84"/>
        <source>Batch number</source>
        <translation>批次号</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="82"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="88"/>
        <source>On hand</source>
        <translation>现存</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="148"/>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="183"/>
        <source>Loading stock…</source>
        <translation>正在加载库存…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="158"/>
        <source>⚠ %n product(s) below the low-stock warning level of %1. Tick “Low stock only” to see them.</source>
        <translation>
            <numerusform>⚠ %n 种商品低于库存预警值 %1。勾选“仅显示低库存”即可查看。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="185"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 种商品</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="192"/>
        <source>Select a batch to see where it went.</source>
        <translation>选择一个批次，查看它的去向。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="196"/>
        <source>Select a product to see its movements and batches.</source>
        <translation>选择一种商品，查看其库存变动和批次。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="211"/>
        <source>Where batch %1 went:</source>
        <translation>批次 %1 的去向：</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="237"/>
        <source>Search: product name, SKU or barcode</source>
        <translation>搜索：商品名称、货号或条码</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="238"/>
        <source>Low stock only</source>
        <translation>仅显示低库存</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="239"/>
        <source>Receive goods…</source>
        <translation>收货入库…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="240"/>
        <source>Transfer…</source>
        <translation>调拨…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="241"/>
        <source>Adjust…</source>
        <translation>调整…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="242"/>
        <source>Locations…</source>
        <translation>地点…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="244"/>
        <source>Movements</source>
        <translation>库存变动</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="245"/>
        <source>Batches and where they went</source>
        <translation>批次及去向</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="110"/>
        <source>%1: %n list(s) — customs office %2, consignor %3, declaring enterprise %4</source>
        <translation>
            <numerusform>%1：%n 份清单 — 海关 %2，收发货人 %3，申报企业 %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="118"/>
        <source>No released list with summary declaration (B) falls in this period.</source>
        <translation>此期间没有已放行且为汇总申报（B）的清单。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="120"/>
        <source>Left out:</source>
        <translation>未纳入：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="123"/>
        <source>%n list(s) of this period are in an earlier summary and are left out.</source>
        <translation>
            <numerusform>此期间有 %n 份清单已在之前的汇总中，未纳入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="135"/>
        <source>%n summary message(s) generated and queued for sending.</source>
        <translation>
            <numerusform>已生成 %n 份汇总报文并排队等待发送。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="153"/>
        <source>Summary declaration</source>
        <translation>汇总申报</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="154"/>
        <source>Lists customs released in the period (declared with type B) are named in a summary application (CEB701); customs turn it into the customs declaration (报关单). Check the plan first.</source>
        <translation>期间内海关已放行的清单（按 B 类申报）会列入汇总申请单（CEB701），海关据此生成报关单。请先查看汇总方案。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="157"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="157"/>
        <source>Enterprise document number</source>
        <translation>企业内部编号</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="158"/>
        <source>Summary by</source>
        <translation>汇总方式</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="158"/>
        <source>Item names</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="160"/>
        <source>generated when empty</source>
        <translation>留空时自动生成</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="163"/>
        <source>1 — consignor</source>
        <translation>1 — 收发货人</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="164"/>
        <source>2 — consignor and producer or seller</source>
        <translation>2 — 收发货人和生产销售单位</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="166"/>
        <source>Aggregate by the lists&apos; own item names</source>
        <translation>按清单中的商品名称归并</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="167"/>
        <source>Show the plan</source>
        <translation>查看方案</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="168"/>
        <source>Generate and queue</source>
        <translation>生成并排队发送</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="169"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SyncControls</name>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/sync_controls.py" line="120"/>
        <source>The platform refused %n change(s): Sync ▸ Needs attention</source>
        <translation>
            <numerusform>平台拒绝了 %n 项更改：同步 ▸ 需要处理</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_controls.py" line="125"/>
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <location filename="../../heihe_desk/ui/sync_controls.py" line="47"/>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_controls.py" line="48"/>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_controls.py" line="49"/>
        <source>Needs &amp;attention…</source>
        <translation>需要处理(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_controls.py" line="50"/>
        <source>&amp;Conflicts…</source>
        <translation>冲突(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_controls.py" line="51"/>
        <source>&amp;Platform settings…</source>
        <translation>平台设置(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="41"/>
        <source>The address is not valid, for example: https://platform.example.com</source>
        <extracomment>Messages the module-level checks return, marked for lupdate, translated when shown.</extracomment>
        <translation>地址无效，例如：https://platform.example.com</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="43"/>
        <source>The address must start with https:// and name a server, for example: https://platform.example.com</source>
        <translation>地址必须以 https:// 开头并包含服务器名，例如：https://platform.example.com</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="45"/>
        <source>Do not put a name or password in the address; use the account and token fields</source>
        <translation>不要在地址中填写用户名或密码；请使用“账户”和“令牌”字段</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="47"/>
        <source>Plain http: the token and your data cross the network unencrypted. Use https:// unless the platform is on a network you trust (a classroom).</source>
        <translation>明文 http：令牌和数据在网络上不加密传输。除非平台在您自己的局域网内，否则请使用 https://。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="50"/>
        <source>The platform&apos;s certificate could not be verified. Check the address, or ask the platform&apos;s administrator for a valid certificate.</source>
        <translation>无法验证平台证书。请检查地址，或向平台管理员索取有效证书。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="53"/>
        <source>Cannot reach the platform at %1. Check the address and the network.</source>
        <translation>无法连接平台 %1。请检查地址和网络。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="55"/>
        <source>The platform did not accept this token. Copy the token again from the platform.</source>
        <translation>平台不接受此令牌。请从平台重新复制令牌。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="57"/>
        <source>The platform is older than this app. Ask its administrator to update it.</source>
        <translation>平台版本比本程序旧。请让平台管理员升级。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="59"/>
        <source>This app is too old for the platform. Install the update.</source>
        <translation>本程序版本过旧，平台不再支持。请安装更新。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="60"/>
        <source>No platform answers at this address (HTTP 404). Check the address.</source>
        <translation>此地址没有平台响应（HTTP 404）。请检查地址。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="62"/>
        <source>The platform answered with an error: %1</source>
        <translation>平台返回错误：%1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="63"/>
        <source>The token is stored in the system keyring.</source>
        <translation>令牌保存在系统密钥环中。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="64"/>
        <source>No system keyring is available: the token is stored in %1, readable only by you.</source>
        <translation>没有可用的系统密钥环：令牌保存在 %1，仅您本人可读。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="66"/>
        <source>The token comes from the HEIHE_DESK_SYNC_TOKEN environment variable, which wins over a stored one.</source>
        <translation>令牌来自环境变量 HEIHE_DESK_SYNC_TOKEN，优先于已保存的令牌。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="68"/>
        <source>No token is stored yet. It will be kept in the system keyring, or where there is none, in a file in the data folder readable only by you.</source>
        <translation>尚未保存令牌。令牌将保存在系统密钥环中；没有密钥环时，保存在数据文件夹中的一个仅您可读的文件里。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="239"/>
        <source>stored: leave empty to keep it</source>
        <translation>已保存：留空则保留</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="240"/>
        <source>paste the token the platform gave you</source>
        <translation>粘贴平台提供的令牌</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="252"/>
        <source>Enter the platform address first.</source>
        <translation>请先填写平台地址。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="263"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="274"/>
        <source>Connected, but this token belongs to account %1, not %2.</source>
        <translation>已连接，但此令牌属于账户 %1，而不是 %2。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="277"/>
        <source>Connected to the platform as %1.</source>
        <translation>已以 %1 身份连接到平台。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="283"/>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="308"/>
        <source>Enter the token the platform gave you.</source>
        <translation>请填写平台提供的令牌。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="306"/>
        <source>Enter the account name the platform gave you.</source>
        <translation>请填写平台提供的账户名。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="314"/>
        <source>The token could not be stored: %1</source>
        <translation>无法保存令牌：%1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="336"/>
        <source>Platform settings</source>
        <translation>平台设置</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="337"/>
        <source>Platform address</source>
        <translation>平台地址</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="338"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="339"/>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="340"/>
        <source>Sync every</source>
        <translation>同步间隔</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="342"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="343"/>
        <source>Certificates of https addresses are always verified.</source>
        <translation>https 地址的证书始终会被验证。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="344"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/sync_status.py" line="152"/>
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n 条待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/sync_status.py" line="154"/>
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n 条需要处理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/sync_status.py" line="157"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 个冲突</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_status.py" line="160"/>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/sync_status.py" line="165"/>
        <source>Clock off by %n min</source>
        <translation>
            <numerusform>时钟偏差 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/sync_status.py" line="174"/>
        <source>(%n sent)</source>
        <translation>
            <numerusform>（已发送 %n 条）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/sync_status.py" line="175"/>
        <source>(%n received)</source>
        <translation>
            <numerusform>（已接收 %n 条）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_status.py" line="182"/>
        <source>Last successful sync: %1</source>
        <translation>上次成功同步：%1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_status.py" line="184"/>
        <source>Last attempt: %1</source>
        <translation>上次尝试：%1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_status.py" line="186"/>
        <source>This computer&apos;s clock differs from the platform&apos;s; set the correct date and time.</source>
        <translation>本机时钟与平台不一致，请设置正确的日期和时间。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_status.py" line="189"/>
        <source>Details: %1</source>
        <translation>详情：%1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_status.py" line="191"/>
        <source>Click to see the refused changes.</source>
        <translation>点击查看被拒绝的更改。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_status.py" line="193"/>
        <source>Click to compare the versions and choose one.</source>
        <translation>点击比较两个版本并选择其一。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_status.py" line="195"/>
        <source>Click for the platform settings.</source>
        <translation>点击打开平台设置。</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="22"/>
        <source>Synced</source>
        <extracomment>The state names in the status bar (&apos;off&apos;: no platform address is set, so nothing is ever sent).</extracomment>
        <translation>已同步</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="23"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="24"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="25"/>
        <source>Sync error</source>
        <translation>同步出错</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="26"/>
        <source>Update needed</source>
        <translation>需要更新</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="27"/>
        <source>Sign-in needed</source>
        <translation>需要登录</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="28"/>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="29"/>
        <source>Sync off</source>
        <translation>同步已关闭</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="33"/>
        <source>The last sync with the platform finished.</source>
        <extracomment>What each state means and what the user can do (the status tooltip and the settings dialog).</extracomment>
        <translation>与平台的上次同步已完成。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="34"/>
        <source>The platform cannot be reached. Changes are kept and sent when the connection is back.</source>
        <translation>无法连接平台。更改已保存，连接恢复后会发送。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="36"/>
        <source>Sending changes to the platform and fetching its changes.</source>
        <translation>正在向平台发送更改并获取平台的更改。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="37"/>
        <source>The platform failed or refused the sync. It is tried again later; changes are kept.</source>
        <translation>平台出错或拒绝了同步。稍后会重试，更改已保存。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="39"/>
        <source>This app and the platform use different versions. Install the update; changes are kept until then.</source>
        <translation>本程序与平台版本不一致。请安装更新；在此之前更改会保留。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="41"/>
        <source>The platform did not accept the token. Enter a valid token in Sync ▸ Platform settings.</source>
        <translation>平台不接受该令牌。请在 同步 ▸ 平台设置 中输入有效的令牌。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="43"/>
        <source>This computer has not synced with the platform yet.</source>
        <translation>本机尚未与平台同步。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="44"/>
        <source>No platform address is set. Changes are kept on this computer.</source>
        <translation>未设置平台地址。更改保存在本机。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="52"/>
        <source>Product</source>
        <extracomment>Status colours: the dot is the only colour in the status bar, so each state has its own hue.</extracomment>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="53"/>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="54"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="55"/>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="56"/>
        <source>Stock movement</source>
        <translation>库存变动</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="57"/>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="58"/>
        <source>Exchange rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="59"/>
        <source>Waybill</source>
        <translation>运单</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="60"/>
        <source>Waybill status</source>
        <translation>运单状态</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="61"/>
        <source>Stock location</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="62"/>
        <source>Customs declaration</source>
        <translation>海关申报</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="65"/>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="66"/>
        <source>changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="67"/>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="72"/>
        <source>Changed here and on the platform at the same time</source>
        <extracomment>The core keeps conflict reasons as plain English (sync/apply.py REASON_*); these are their readings.</extracomment>
        <translation>本机和平台同时修改了此记录</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="74"/>
        <source>The platform&apos;s version clashes with another record here (the same SKU or INN)</source>
        <translation>平台上的版本与本机另一条记录冲突（相同的 SKU 或 INN）</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="77"/>
        <source>The platform refused this change without giving a reason.</source>
        <translation>平台拒绝了此更改，未说明原因。</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="128"/>
        <source>From</source>
        <translation>调出地点</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="131"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="141"/>
        <source>On hand at the source: %1</source>
        <translation>调出地点现存：%1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="153"/>
        <source>Transfer stock</source>
        <translation>库存调拨</translation>
    </message>
</context>
<context>
    <name>WaybillDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="51"/>
        <source>Carrier</source>
        <extracomment>Decimal input without floats: up to 6 digits and 3 decimals, point or comma.</extracomment>
        <translation>承运商</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="52"/>
        <source>Weight, kg</source>
        <translation>重量（千克）</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="52"/>
        <source>Length, cm</source>
        <translation>长（厘米）</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="53"/>
        <source>Width, cm</source>
        <translation>宽（厘米）</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="53"/>
        <source>Height, cm</source>
        <translation>高（厘米）</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="58"/>
        <source>Parcels</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="63"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="64"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="65"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="120"/>
        <source>Waybill</source>
        <translation>运单</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="121"/>
        <source>Parcel</source>
        <translation>包裹</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="122"/>
        <source>New tracking event (optional)</source>
        <translation>新增物流轨迹（可选）</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="129"/>
        <source>Picked up</source>
        <translation>已揽收</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="129"/>
        <source>At the border warehouse</source>
        <translation>已到边境仓</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="129"/>
        <source>Customs cleared</source>
        <translation>已清关</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="130"/>
        <source>Crossed the border</source>
        <translation>已出境</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="130"/>
        <source>Arrived in Blagoveshchensk</source>
        <translation>已到达布拉戈维申斯克</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="130"/>
        <source>Handed to the buyer</source>
        <translation>已交付买方</translation>
    </message>
</context>
</TS>

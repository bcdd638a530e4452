<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="171"/>
        <source>Change (+/−)</source>
        <translation>Change (+/−)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="172"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="181"/>
        <source>Adjust stock</source>
        <translation>Adjust stock</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="184"/>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="186"/>
        <source>Stock count</source>
        <translation>Stock count</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="184"/>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="184"/>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="184"/>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="185"/>
        <source>Sample or gift</source>
        <translation>Sample or gift</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="187"/>
        <source>A negative number takes goods off the shelf, a positive one adds them.</source>
        <translation>A negative number takes goods off the shelf, a positive one adds them.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../heihe_desk/ui/app.py" line="48"/>
        <source>Heihe Desk is already open with the data folder %1.</source>
        <translation>Heihe Desk is already open with the data folder %1.</translation>
    </message>
</context>
<context>
    <name>AttentionDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/attention_dialog.py" line="119"/>
        <source>This record was deleted here; resend sends the deletion.</source>
        <extracomment>Kinds of record the app has an editor for; refusals of other kinds can only be resent.</extracomment>
        <translation>This record was deleted here; resend sends the deletion.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/attention_dialog.py" line="145"/>
        <source>Saved. Press Resend to send the change to the platform again.</source>
        <translation>Saved. Press Resend to send the change to the platform again.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/attention_dialog.py" line="155"/>
        <source>Queued again; it goes with the next sync.</source>
        <translation>Queued again; it goes with the next sync.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/attention_dialog.py" line="178"/>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/attention_dialog.py" line="179"/>
        <source>The platform refused these changes. They stay here until they are sent again: open the record, fix what the reason names, save, then press Resend.</source>
        <translation>The platform refused these changes. They stay here until they are sent again: open the record, fix what the reason names, save, then press Resend.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/attention_dialog.py" line="181"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/attention_dialog.py" line="181"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/attention_dialog.py" line="181"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/attention_dialog.py" line="182"/>
        <source>Made at</source>
        <translation>Made at</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/attention_dialog.py" line="182"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/attention_dialog.py" line="183"/>
        <source>Open record…</source>
        <translation>Open record…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/attention_dialog.py" line="184"/>
        <source>Resend</source>
        <translation>Resend</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/conflicts_dialog.py" line="112"/>
        <source>No conflicts: every record agrees with the platform.</source>
        <translation>No conflicts: every record agrees with the platform.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/conflicts_dialog.py" line="114"/>
        <source>%1 (noticed %2)</source>
        <translation>%1 (noticed %2)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/conflicts_dialog.py" line="120"/>
        <source>(deleted here)</source>
        <translation>(deleted here)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/conflicts_dialog.py" line="121"/>
        <source>(deleted on the platform)</source>
        <translation>(deleted on the platform)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/conflicts_dialog.py" line="156"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/conflicts_dialog.py" line="156"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/conflicts_dialog.py" line="178"/>
        <source>Sync conflicts</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/conflicts_dialog.py" line="179"/>
        <source>These records were changed here and on the platform. Compare the two versions and choose which one to keep; the other is discarded.</source>
        <translation>These records were changed here and on the platform. Compare the two versions and choose which one to keep; the other is discarded.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/conflicts_dialog.py" line="181"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/conflicts_dialog.py" line="181"/>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/conflicts_dialog.py" line="181"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/conflicts_dialog.py" line="182"/>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/conflicts_dialog.py" line="183"/>
        <source>Take the platform&apos;s</source>
        <translation>Take the platform&apos;s</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="93"/>
        <source>All dates</source>
        <extracomment>The earliest date a picker shows; a picker at this date means &quot;no limit&quot; and shows its special text.</extracomment>
        <translation>All dates</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="93"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="93"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="94"/>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="94"/>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="94"/>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="95"/>
        <source>Custom dates</source>
        <translation>Custom dates</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="103"/>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="103"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="105"/>
        <source>First day (leave at “from” for no limit)</source>
        <translation>First day (leave at “from” for no limit)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/date_range.py" line="106"/>
        <source>Last day (leave at “to” for no limit)</source>
        <translation>Last day (leave at “to” for no limit)</translation>
    </message>
</context>
<context>
    <name>DeclarationActions</name>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/declaration_actions.py" line="64"/>
        <source>%n reply(ies) already imported before</source>
        <translation>
            <numerusform>%n reply already imported before</numerusform>
            <numerusform>%n replies already imported before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/declaration_actions.py" line="67"/>
        <source>%n reply(ies) match no declaration here</source>
        <translation>
            <numerusform>%n reply matches no declaration here</numerusform>
            <numerusform>%n replies match no declaration here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/declaration_actions.py" line="98"/>
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n file written to %1</numerusform>
            <numerusform>%n files written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeclarationSettingsDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="94"/>
        <source>Your enterprise</source>
        <translation>Your enterprise</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="95"/>
        <source>Platform and declaring enterprise</source>
        <translation>Platform and declaring enterprise</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="97"/>
        <source>Default carrier</source>
        <translation>Default carrier</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="98"/>
        <source>Data exchange (DXP)</source>
        <translation>Data exchange (DXP)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="99"/>
        <source>Customs offices and codes</source>
        <translation>Customs offices and codes</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="172"/>
        <source>Codes the platform gave you</source>
        <translation>Codes the platform gave you</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="189"/>
        <source>Messages you file</source>
        <translation>Messages you file</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="198"/>
        <source>B — summary declaration later (汇总申报)</source>
        <translation>B — summary declaration later (汇总申报)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="199"/>
        <source>A — simplified declaration (简化申报)</source>
        <translation>A — simplified declaration (简化申报)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="200"/>
        <source>Numeric customs codes (142 = CNY), as in the official samples</source>
        <translation>Numeric customs codes (142 = CNY), as in the official samples</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="201"/>
        <source>Letter codes (CNY, RUS)</source>
        <translation>Letter codes (CNY, RUS)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="262"/>
        <source>Only if the platform told you to: ISO code = customs code, e.g. RUB=643</source>
        <translation>Only if the platform told you to: ISO code = customs code, e.g. RUB=643</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="299"/>
        <source>Customs declaration settings</source>
        <translation>Customs declaration settings</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="301"/>
        <source>Customs need these codes in every message. Nothing is guessed: while a value is missing, the grey text under it says where to find it. Values you do not know yet may stay empty until you declare.</source>
        <translation>Customs need these codes in every message. Nothing is guessed: while a value is missing, the grey text under it says where to find it. Values you do not know yet may stay empty until you declare.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="303"/>
        <source>The declaration could not be made: the settings marked in red are missing or wrong.</source>
        <translation>The declaration could not be made: the settings marked in red are missing or wrong.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="309"/>
        <source>Currency codes</source>
        <translation>Currency codes</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="309"/>
        <source>Country codes</source>
        <translation>Country codes</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="310"/>
        <source>CEB603 list declaration (always)</source>
        <translation>CEB603 list declaration (always)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="311"/>
        <source>CEB303 electronic order</source>
        <translation>CEB303 electronic order</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="311"/>
        <source>CEB403 payment receipt</source>
        <translation>CEB403 payment receipt</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="312"/>
        <source>CEB505 waybill</source>
        <translation>CEB505 waybill</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_settings_dialog.py" line="315"/>
        <source>Tick the messages you file yourself. Usually the platform files the order, the payment company the receipt and the carrier the waybill; ask the platform which ones are yours.</source>
        <translation>Tick the messages you file yourself. Usually the platform files the order, the payment company the receipt and the carrier the waybill; ask the platform which ones are yours.</translation>
    </message>
</context>
<context>
    <name>DeclarationView</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="71"/>
        <source>Customs time</source>
        <translation>Customs time</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="73"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="74"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="76"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="124"/>
        <source>No reply from customs yet.</source>
        <translation>No reply from customs yet.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="130"/>
        <source>What to do:</source>
        <translation>What to do:</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="133"/>
        <source>Record to fix: order %1 (its products, waybill or payment), then declare it again.</source>
        <translation>Record to fix: order %1 (its products, waybill or payment), then declare it again.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="137"/>
        <source>Customs wrote:</source>
        <translation>Customs wrote:</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="150"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="151"/>
        <source>Order or summary</source>
        <translation>Order or summary</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="152"/>
        <source>Enterprise document number</source>
        <translation>Enterprise document number</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="153"/>
        <source>Message guid</source>
        <translation>Message guid</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="154"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>DeclarationViewDialog</name>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="159"/>
        <source>Customs replies (%n)</source>
        <translation>
            <numerusform>Customs replies (%n)</numerusform>
            <numerusform>Customs replies (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="160"/>
        <source>XML message</source>
        <translation>XML message</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="161"/>
        <source>Declare again…</source>
        <translation>Declare again…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_view_dialog.py" line="163"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DeclarationsPage</name>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="37"/>
        <source>waiting to be sent</source>
        <translation>waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="39"/>
        <source>with the platform</source>
        <translation>with the platform</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="41"/>
        <source>refused by the platform</source>
        <translation>refused by the platform</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="57"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="59"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="60"/>
        <source>Order or summary</source>
        <translation>Order or summary</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="62"/>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="63"/>
        <source>Customs said</source>
        <translation>Customs said</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="166"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="168"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="236"/>
        <source>Search: order number, document number or guid</source>
        <translation>Search: order number, document number or guid</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="237"/>
        <source>Declare orders…</source>
        <translation>Declare orders…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="237"/>
        <source>Summary…</source>
        <translation>Summary…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="238"/>
        <source>Import replies…</source>
        <translation>Import replies…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="238"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="239"/>
        <source>Validate again</source>
        <translation>Validate again</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="239"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="240"/>
        <source>PDF copy</source>
        <translation>PDF copy</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="240"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="245"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/declarations_page.py" line="246"/>
        <source>All messages</source>
        <translation>All messages</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="140"/>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="335"/>
        <source>%1 mm</source>
        <extracomment>Screen resolution of the page previews: A4 fits the dialog&apos;s width, a receipt is shown larger.</extracomment>
        <translation>%1 mm</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="167"/>
        <source>No documents are issued for a cancelled order.</source>
        <translation>No documents are issued for a cancelled order.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="200"/>
        <source>The document could not be made: %1</source>
        <translation>The document could not be made: %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="224"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · order %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · order %2</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="226"/>
        <source>preparing the pages…</source>
        <translation>preparing the pages…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="228"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="229"/>
        <source>printing again keeps this number</source>
        <translation>printing again keeps this number</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="232"/>
        <source>A draft gets a proforma invoice only: confirm the order to print an invoice, packing list or receipt.</source>
        <translation>A draft gets a proforma invoice only: confirm the order to print an invoice, packing list or receipt.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="250"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="251"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="257"/>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="291"/>
        <source>The printer could not be started. Check that it is switched on and connected.</source>
        <translation>The printer could not be started. Check that it is switched on and connected.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="323"/>
        <source>Documents of order %1</source>
        <translation>Documents of order %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="324"/>
        <source>Document:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="325"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="326"/>
        <source>Paper:</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="327"/>
        <source>Seller details…</source>
        <translation>Seller details…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="328"/>
        <source>Open in viewer</source>
        <translation>Open in viewer</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="329"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="330"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/document_preview.py" line="331"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="45"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="49"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="59"/>
        <source>fix product %1</source>
        <translation>fix product %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="70"/>
        <source>Customs settings are missing or wrong (button “Settings…”):</source>
        <translation>Customs settings are missing or wrong (button “Settings…”):</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="75"/>
        <source>%1: cannot be declared</source>
        <translation>%1: cannot be declared</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="78"/>
        <source>%1: check these warnings</source>
        <translation>%1: check these warnings</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="81"/>
        <source>%1: ready</source>
        <translation>%1: ready</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="229"/>
        <source>%n order(s) declared; their messages are queued for sending.</source>
        <translation>
            <numerusform>%n order declared; its messages are queued for sending.</numerusform>
            <numerusform>%n orders declared; their messages are queued for sending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="250"/>
        <source>Declare %n order(s)</source>
        <translation>
            <numerusform>Declare %n order</numerusform>
            <numerusform>Declare %n orders</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="261"/>
        <source>Declare orders</source>
        <translation>Declare orders</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="263"/>
        <source>Confirmed orders waiting for their list declaration. Select one or more (Ctrl or Shift for several), press “Check”: the order, payment and waybill are compared and the risk rules applied. Nothing is sent before you press “Declare”.</source>
        <translation>Confirmed orders waiting for their list declaration. Select one or more (Ctrl or Shift for several), press “Check”: the order, payment and waybill are compared and the risk rules applied. Nothing is sent before you press “Declare”.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="266"/>
        <source>Search: order number or buyer</source>
        <translation>Search: order number or buyer</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="267"/>
        <source>Select all</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="268"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="269"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="270"/>
        <source>I have read the warnings: declare those orders too</source>
        <translation>I have read the warnings: declare those orders too</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_generate_dialog.py" line="271"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>LocationsDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/locations_dialog.py" line="88"/>
        <source>Stock locations</source>
        <translation>Stock locations</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/locations_dialog.py" line="89"/>
        <source>New location</source>
        <translation>New location</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/locations_dialog.py" line="90"/>
        <source>Add location</source>
        <translation>Add location</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="119"/>
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="120"/>
        <source>Heihe Desk backup (*%1)</source>
        <translation>Heihe Desk backup (*%1)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="123"/>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="127"/>
        <source>Backup saved to %1</source>
        <translation>Backup saved to %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="130"/>
        <source>Checking the database…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="139"/>
        <location filename="../../heihe_desk/ui/main_window.py" line="146"/>
        <location filename="../../heihe_desk/ui/main_window.py" line="149"/>
        <source>Database check</source>
        <translation>Database check</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="140"/>
        <source>The database file is damaged. Close the app and restore the latest backup from the backups folder.</source>
        <translation>The database file is damaged. Close the app and restore the latest backup from the backups folder.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="147"/>
        <source>Problems found:</source>
        <translation>Problems found:</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="149"/>
        <source>The database is sound.</source>
        <translation>The database is sound.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="153"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="156"/>
        <source>About Heihe Desk</source>
        <translation>About Heihe Desk</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="157"/>
        <source>Heihe Desk %1
Data folder: %2</source>
        <translation>Heihe Desk %1
Data folder: %2</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="161"/>
        <source>Device %1</source>
        <translation>Device %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="176"/>
        <source>Heihe Desk — cross-border trade assistant</source>
        <translation>Heihe Desk — cross-border trade assistant</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="177"/>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="177"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="177"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="178"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="178"/>
        <source>Exchange rates</source>
        <translation>Exchange rates</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="179"/>
        <source>Declarations</source>
        <translation>Declarations</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="182"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="183"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="184"/>
        <source>&amp;Check database</source>
        <translation>&amp;Check database</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="185"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="186"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="187"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="188"/>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <location filename="../../heihe_desk/ui/order_actions.py" line="27"/>
        <source>Cannot do this</source>
        <extracomment>Status moves offered as buttons after confirmation, in the order an order lives through them. Moves that put goods back on the shelf and so are asked about first.</extracomment>
        <translation>Cannot do this</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/order_actions.py" line="52"/>
        <source>Not enough stock at the order&apos;s location:</source>
        <translation>Not enough stock at the order&apos;s location:</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/order_actions.py" line="53"/>
        <source>Confirm anyway? The stock will show as negative (oversold) until goods are received or the count is corrected.</source>
        <translation>Confirm anyway? The stock will show as negative (oversold) until goods are received or the count is corrected.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/order_actions.py" line="55"/>
        <source>Not enough stock</source>
        <translation>Not enough stock</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/order_actions.py" line="73"/>
        <source>Cancel order %1? Its goods go back to stock.</source>
        <translation>Cancel order %1? Its goods go back to stock.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/order_actions.py" line="75"/>
        <source>Mark order %1 as returned? Its goods go back to stock.</source>
        <translation>Mark order %1 as returned? Its goods go back to stock.</translation>
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
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="42"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="42"/>
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="43"/>
        <source>WeChat Pay</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="43"/>
        <source>Alipay</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="44"/>
        <source>Bank card</source>
        <translation>Bank card</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="44"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="65"/>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="80"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="66"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="67"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="68"/>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="71"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="75"/>
        <source>In order currency</source>
        <translation>In order currency</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="77"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="81"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="82"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="88"/>
        <source>Batch number</source>
        <translation>Batch number</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="88"/>
        <source>(no batch)</source>
        <translation>(no batch)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="166"/>
        <source>No waybill yet. Use “Waybill…” to enter the number, carrier, weight and size.</source>
        <translation>No waybill yet. Use “Waybill…” to enter the number, carrier, weight and size.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="174"/>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="175"/>
        <source>Waybill No.</source>
        <translation>Waybill No.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="175"/>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="176"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="177"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="177"/>
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="178"/>
        <source>Parcels</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="184"/>
        <source>Total %1 · paid %2 · balance %3</source>
        <translation>Total %1 · paid %2 · balance %3</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="186"/>
        <source>overpaid</source>
        <translation>overpaid</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="211"/>
        <source>Status history</source>
        <translation>Status history</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="211"/>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="211"/>
        <source>Waybill</source>
        <translation>Waybill</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="212"/>
        <source>Where the goods came from</source>
        <translation>Where the goods came from</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="220"/>
        <source>Each line of the order with the batches its goods were taken from (first to expire, first out), their supplier and dates.</source>
        <translation>Each line of the order with the batches its goods were taken from (first to expire, first out), their supplier and dates.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="222"/>
        <source>Payment…</source>
        <translation>Payment…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_details.py" line="223"/>
        <source>Waybill…</source>
        <translation>Waybill…</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="186"/>
        <source>No product has the barcode %1.</source>
        <translation>No product has the barcode %1.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="199"/>
        <source>Added %1 — quantity now %2.</source>
        <translation>Added %1 — quantity now %2.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="202"/>
        <source>Added %1 — it has no price in %2: enter the unit price.</source>
        <translation>Added %1 — it has no price in %2: enter the unit price.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="224"/>
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="224"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="251"/>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="270"/>
        <source>This order was changed elsewhere meanwhile. Close the editor and open the order again.</source>
        <translation>This order was changed elsewhere meanwhile. Close the editor and open the order again.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="301"/>
        <source>New order</source>
        <translation>New order</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="303"/>
        <source>Order %1 — %2</source>
        <translation>Order %1 — %2</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="305"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="307"/>
        <source>Scan:</source>
        <translation>Scan:</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="308"/>
        <source>barcode + Enter</source>
        <translation>barcode + Enter</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="309"/>
        <source>Add a product: type a name, SKU or barcode</source>
        <translation>Add a product: type a name, SKU or barcode</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="310"/>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="312"/>
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="313"/>
        <source>Save and confirm</source>
        <translation>Save and confirm</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="314"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_dialog.py" line="314"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OrderHead</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_head.py" line="60"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/order_head.py" line="149"/>
        <source>New buyer…</source>
        <translation>New buyer…</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="41"/>
        <source>Number</source>
        <extracomment>Orders without a balance to speak of: nothing is owed on a draft or a cancelled order.</extracomment>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="43"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="45"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="48"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="50"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="52"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="184"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="186"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="255"/>
        <source>Search: order number or buyer</source>
        <translation>Search: order number or buyer</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="256"/>
        <source>New order</source>
        <translation>New order</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="257"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="258"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="259"/>
        <source>Cancel order</source>
        <translation>Cancel order</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="260"/>
        <source>Payment…</source>
        <translation>Payment…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="261"/>
        <source>Documents…</source>
        <translation>Documents…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="262"/>
        <source>Mark as:</source>
        <translation>Mark as:</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="265"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/orders_page.py" line="266"/>
        <source>All modes</source>
        <translation>All modes</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/partner_dialog.py" line="24"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/partner_dialog.py" line="28"/>
        <source>Registration numbers</source>
        <translation>Registration numbers</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/partner_dialog.py" line="31"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/partner_dialog.py" line="62"/>
        <source>Edit partner</source>
        <translation>Edit partner</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/partner_dialog.py" line="62"/>
        <source>New partner</source>
        <translation>New partner</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="66"/>
        <source>Delete the selected partner? Orders and documents that name it keep their copy.</source>
        <translation>Delete the selected partner? Orders and documents that name it keep their copy.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="72"/>
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="75"/>
        <source>Search: name, INN, USCC, phone, e-mail</source>
        <translation>Search: name, INN, USCC, phone, e-mail</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="76"/>
        <source>New partner</source>
        <translation>New partner</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="77"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="78"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/partners_page.py" line="82"/>
        <source>All types</source>
        <translation>All types</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="68"/>
        <source>Date paid</source>
        <translation>Date paid</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="69"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="70"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="154"/>
        <source>1 %1 = ? %2 (rate used for this payment)</source>
        <translation>1 %1 = ? %2 (rate used for this payment)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="157"/>
        <source>Paid in the order currency: no rate needed.</source>
        <translation>Paid in the order currency: no rate needed.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="160"/>
        <source>Balance before: %1</source>
        <translation>Balance before: %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="164"/>
        <source>This payment: %1</source>
        <translation>This payment: %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="166"/>
        <source>Balance after: %1</source>
        <translation>Balance after: %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="168"/>
        <source>This is an overpayment.</source>
        <translation>This is an overpayment.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="186"/>
        <source>This payment is %1 more than the balance still owed. Record it as an overpayment?</source>
        <translation>This payment is %1 more than the balance still owed. Record it as an overpayment?</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="210"/>
        <source>Payment for order %1</source>
        <translation>Payment for order %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/payment_dialog.py" line="211"/>
        <source>Order %1 · %2 · total %3 · paid %4</source>
        <translation>Order %1 · %2 · total %3 · paid %4</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="29"/>
        <source>Names</source>
        <translation>Names</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="33"/>
        <source>Customs</source>
        <translation>Customs</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="37"/>
        <source>Units and weights</source>
        <translation>Units and weights</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="42"/>
        <source>Prices</source>
        <translation>Prices</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="76"/>
        <source>Edit product</source>
        <translation>Edit product</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/product_dialog.py" line="76"/>
        <source>New product</source>
        <translation>New product</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="74"/>
        <source>Delete the selected product? Orders and documents that use it keep their copy.</source>
        <translation>Delete the selected product? Orders and documents that use it keep their copy.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="80"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="83"/>
        <source>Search: name (中文 / русский / English), SKU, barcode, HS code</source>
        <translation>Search: name (中文 / русский / English), SKU, barcode, HS code</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="84"/>
        <source>Active only</source>
        <translation>Active only</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="85"/>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="86"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/products_page.py" line="87"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>RatesPage</name>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="38"/>
        <source>From the platform</source>
        <translation>From the platform</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="39"/>
        <source>Entered by hand</source>
        <translation>Entered by hand</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="45"/>
        <source>Pair</source>
        <translation>Pair</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="48"/>
        <source>Inverse</source>
        <translation>Inverse</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="50"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="51"/>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="83"/>
        <source>1 unit of</source>
        <translation>1 unit of</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="84"/>
        <source>costs, in</source>
        <translation>costs, in</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="143"/>
        <source>%n rate(s)</source>
        <translation>
            <numerusform>%n rate</numerusform>
            <numerusform>%n rates</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="146"/>
        <source>Search: currency (RUB) or date (2026-03)</source>
        <translation>Search: currency (RUB) or date (2026-03)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="147"/>
        <source>New rate</source>
        <translation>New rate</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="148"/>
        <source>Add rate</source>
        <translation>Add rate</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/rates_page.py" line="149"/>
        <source>Enter the rate you actually used, e.g. 1 CNY = 12.45 RUB. The newest rate on or before a payment&apos;s date is offered for it; the reverse pair is worked out.</source>
        <translation>Enter the rate you actually used, e.g. 1 CNY = 12.45 RUB. The newest rate on or before a payment&apos;s date is offered for it; the reverse pair is worked out.</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="97"/>
        <source>Batch number</source>
        <translation>Batch number</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="100"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="113"/>
        <source>Receive goods</source>
        <translation>Receive goods</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="117"/>
        <source>A batch number, supplier or dates make this receipt a batch: each sale then knows which batch it came from.</source>
        <translation>A batch number, supplier or dates make this receipt a batch: each sale then knows which batch it came from.</translation>
    </message>
</context>
<context>
    <name>SellerDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/seller_dialog.py" line="33"/>
        <source>Company</source>
        <extracomment>Field groups and examples of good values (placeholders show what belongs in each field).</extracomment>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/seller_dialog.py" line="34"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/seller_dialog.py" line="35"/>
        <source>Bank details</source>
        <translation>Bank details</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/seller_dialog.py" line="36"/>
        <source>Default terms</source>
        <translation>Default terms</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/seller_dialog.py" line="66"/>
        <source>Choose the logo</source>
        <translation>Choose the logo</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/seller_dialog.py" line="67"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/seller_dialog.py" line="89"/>
        <source>Seller details</source>
        <translation>Seller details</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/seller_dialog.py" line="90"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="80"/>
        <source>Type a name, SKU or barcode and pick the product</source>
        <translation>Type a name, SKU or barcode and pick the product</translation>
    </message>
</context>
<context>
    <name>StockModel</name>
    <message>
        <location filename="../../heihe_desk/ui/models/stock_model.py" line="65"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/models/stock_model.py" line="129"/>
        <source>Oversold: more was sold here than was on the shelf. This happens when two devices sold the same units while offline. Count the shelf and enter an adjustment, or receive goods.</source>
        <translation>Oversold: more was sold here than was on the shelf. This happens when two devices sold the same units while offline. Count the shelf and enter an adjustment, or receive goods.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/models/stock_model.py" line="132"/>
        <source>Low stock: below the warning level of %1 over all locations.</source>
        <translation>Low stock: below the warning level of %1 over all locations.</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="76"/>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="91"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="77"/>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="92"/>
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="81"/>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="84"/>
        <source>Batch number</source>
        <translation>Batch number</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="82"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="88"/>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="148"/>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="183"/>
        <source>Loading stock…</source>
        <translation>Loading stock…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="158"/>
        <source>⚠ %n product(s) below the low-stock warning level of %1. Tick “Low stock only” to see them.</source>
        <translation>
            <numerusform>⚠ %n product is below the low-stock warning level of %1. Tick “Low stock only” to see it.</numerusform>
            <numerusform>⚠ %n products are below the low-stock warning level of %1. Tick “Low stock only” to see them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="185"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="192"/>
        <source>Select a batch to see where it went.</source>
        <translation>Select a batch to see where it went.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="196"/>
        <source>Select a product to see its movements and batches.</source>
        <translation>Select a product to see its movements and batches.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="211"/>
        <source>Where batch %1 went:</source>
        <translation>Where batch %1 went:</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="237"/>
        <source>Search: product name, SKU or barcode</source>
        <translation>Search: product name, SKU or barcode</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="238"/>
        <source>Low stock only</source>
        <translation>Low stock only</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="239"/>
        <source>Receive goods…</source>
        <translation>Receive goods…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="240"/>
        <source>Transfer…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="241"/>
        <source>Adjust…</source>
        <translation>Adjust…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="242"/>
        <source>Locations…</source>
        <translation>Locations…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="244"/>
        <source>Movements</source>
        <translation>Movements</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/pages/stock_page.py" line="245"/>
        <source>Batches and where they went</source>
        <translation>Batches and where they went</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="110"/>
        <source>%1: %n list(s) — customs office %2, consignor %3, declaring enterprise %4</source>
        <translation>
            <numerusform>%1: %n list — customs office %2, consignor %3, declaring enterprise %4</numerusform>
            <numerusform>%1: %n lists — customs office %2, consignor %3, declaring enterprise %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="118"/>
        <source>No released list with summary declaration (B) falls in this period.</source>
        <translation>No released list with summary declaration (B) falls in this period.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="120"/>
        <source>Left out:</source>
        <translation>Left out:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="123"/>
        <source>%n list(s) of this period are in an earlier summary and are left out.</source>
        <translation>
            <numerusform>%n list of this period is in an earlier summary and is left out.</numerusform>
            <numerusform>%n lists of this period are in an earlier summary and are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="135"/>
        <source>%n summary message(s) generated and queued for sending.</source>
        <translation>
            <numerusform>%n summary message generated and queued for sending.</numerusform>
            <numerusform>%n summary messages generated and queued for sending.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="153"/>
        <source>Summary declaration</source>
        <translation>Summary declaration</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="154"/>
        <source>Lists customs released in the period (declared with type B) are named in a summary application (CEB701); customs turn it into the customs declaration (报关单). Check the plan first.</source>
        <translation>Lists customs released in the period (declared with type B) are named in a summary application (CEB701); customs turn it into the customs declaration (报关单). Check the plan first.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="157"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="157"/>
        <source>Enterprise document number</source>
        <translation>Enterprise document number</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="158"/>
        <source>Summary by</source>
        <translation>Summary by</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="158"/>
        <source>Item names</source>
        <translation>Item names</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="160"/>
        <source>generated when empty</source>
        <translation>generated when empty</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="163"/>
        <source>1 — consignor</source>
        <translation>1 — consignor</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="164"/>
        <source>2 — consignor and producer or seller</source>
        <translation>2 — consignor and producer or seller</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="166"/>
        <source>Aggregate by the lists&apos; own item names</source>
        <translation>Aggregate by the lists&apos; own item names</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="167"/>
        <source>Show the plan</source>
        <translation>Show the plan</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="168"/>
        <source>Generate and queue</source>
        <translation>Generate and queue</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/declaration_summary_dialog.py" line="169"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SyncControls</name>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/sync_controls.py" line="120"/>
        <source>The platform refused %n change(s): Sync ▸ Needs attention</source>
        <translation>
            <numerusform>The platform refused %n change: Sync ▸ Needs attention</numerusform>
            <numerusform>The platform refused %n changes: Sync ▸ Needs attention</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_controls.py" line="125"/>
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <location filename="../../heihe_desk/ui/sync_controls.py" line="47"/>
        <source>&amp;Sync</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_controls.py" line="48"/>
        <source>Sync &amp;now</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_controls.py" line="49"/>
        <source>Needs &amp;attention…</source>
        <translation>Needs &amp;attention…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_controls.py" line="50"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_controls.py" line="51"/>
        <source>&amp;Platform settings…</source>
        <translation>&amp;Platform settings…</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="41"/>
        <source>The address is not valid, for example: https://platform.example.com</source>
        <extracomment>Messages the module-level checks return, marked for lupdate, translated when shown.</extracomment>
        <translation>The address is not valid, for example: https://platform.example.com</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="43"/>
        <source>The address must start with https:// and name a server, for example: https://platform.example.com</source>
        <translation>The address must start with https:// and name a server, for example: https://platform.example.com</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="45"/>
        <source>Do not put a name or password in the address; use the account and token fields</source>
        <translation>Do not put a name or password in the address; use the account and token fields</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="47"/>
        <source>Plain http: the token and your data cross the network unencrypted. Use https:// unless the platform is on a network you trust (a classroom).</source>
        <translation>Plain http: the token and your data cross the network unencrypted. Use https:// unless the platform is on a network you trust (a classroom).</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="50"/>
        <source>The platform&apos;s certificate could not be verified. Check the address, or ask the platform&apos;s administrator for a valid certificate.</source>
        <translation>The platform&apos;s certificate could not be verified. Check the address, or ask the platform&apos;s administrator for a valid certificate.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="53"/>
        <source>Cannot reach the platform at %1. Check the address and the network.</source>
        <translation>Cannot reach the platform at %1. Check the address and the network.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="55"/>
        <source>The platform did not accept this token. Copy the token again from the platform.</source>
        <translation>The platform did not accept this token. Copy the token again from the platform.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="57"/>
        <source>The platform is older than this app. Ask its administrator to update it.</source>
        <translation>The platform is older than this app. Ask its administrator to update it.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="59"/>
        <source>This app is too old for the platform. Install the update.</source>
        <translation>This app is too old for the platform. Install the update.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="60"/>
        <source>No platform answers at this address (HTTP 404). Check the address.</source>
        <translation>No platform answers at this address (HTTP 404). Check the address.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="62"/>
        <source>The platform answered with an error: %1</source>
        <translation>The platform answered with an error: %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="63"/>
        <source>The token is stored in the system keyring.</source>
        <translation>The token is stored in the system keyring.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="64"/>
        <source>No system keyring is available: the token is stored in %1, readable only by you.</source>
        <translation>No system keyring is available: the token is stored in %1, readable only by you.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="66"/>
        <source>The token comes from the HEIHE_DESK_SYNC_TOKEN environment variable, which wins over a stored one.</source>
        <translation>The token comes from the HEIHE_DESK_SYNC_TOKEN environment variable, which wins over a stored one.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="68"/>
        <source>No token is stored yet. It will be kept in the system keyring, or where there is none, in a file in the data folder readable only by you.</source>
        <translation>No token is stored yet. It will be kept in the system keyring, or where there is none, in a file in the data folder readable only by you.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="239"/>
        <source>stored: leave empty to keep it</source>
        <translation>stored: leave empty to keep it</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="240"/>
        <source>paste the token the platform gave you</source>
        <translation>paste the token the platform gave you</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="252"/>
        <source>Enter the platform address first.</source>
        <translation>Enter the platform address first.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="263"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="274"/>
        <source>Connected, but this token belongs to account %1, not %2.</source>
        <translation>Connected, but this token belongs to account %1, not %2.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="277"/>
        <source>Connected to the platform as %1.</source>
        <translation>Connected to the platform as %1.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="283"/>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="308"/>
        <source>Enter the token the platform gave you.</source>
        <translation>Enter the token the platform gave you.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="306"/>
        <source>Enter the account name the platform gave you.</source>
        <translation>Enter the account name the platform gave you.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="314"/>
        <source>The token could not be stored: %1</source>
        <translation>The token could not be stored: %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="336"/>
        <source>Platform settings</source>
        <translation>Platform settings</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="337"/>
        <source>Platform address</source>
        <translation>Platform address</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="338"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="339"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="340"/>
        <source>Sync every</source>
        <translation>Sync every</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="342"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="343"/>
        <source>Certificates of https addresses are always verified.</source>
        <translation>Certificates of https addresses are always verified.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/sync_settings_dialog.py" line="344"/>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/sync_status.py" line="152"/>
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n waiting to send</numerusform>
            <numerusform>%n waiting to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/sync_status.py" line="154"/>
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/sync_status.py" line="157"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_status.py" line="160"/>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/sync_status.py" line="165"/>
        <source>Clock off by %n min</source>
        <translation>
            <numerusform>Clock off by %n min</numerusform>
            <numerusform>Clock off by %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/sync_status.py" line="174"/>
        <source>(%n sent)</source>
        <translation>
            <numerusform>(%n sent)</numerusform>
            <numerusform>(%n sent)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/sync_status.py" line="175"/>
        <source>(%n received)</source>
        <translation>
            <numerusform>(%n received)</numerusform>
            <numerusform>(%n received)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_status.py" line="182"/>
        <source>Last successful sync: %1</source>
        <translation>Last successful sync: %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_status.py" line="184"/>
        <source>Last attempt: %1</source>
        <translation>Last attempt: %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_status.py" line="186"/>
        <source>This computer&apos;s clock differs from the platform&apos;s; set the correct date and time.</source>
        <translation>This computer&apos;s clock differs from the platform&apos;s; set the correct date and time.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_status.py" line="189"/>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_status.py" line="191"/>
        <source>Click to see the refused changes.</source>
        <translation>Click to see the refused changes.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_status.py" line="193"/>
        <source>Click to compare the versions and choose one.</source>
        <translation>Click to compare the versions and choose one.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_status.py" line="195"/>
        <source>Click for the platform settings.</source>
        <translation>Click for the platform settings.</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="22"/>
        <source>Synced</source>
        <extracomment>The state names in the status bar (&apos;off&apos;: no platform address is set, so nothing is ever sent).</extracomment>
        <translation>Synced</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="23"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="24"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="25"/>
        <source>Sync error</source>
        <translation>Sync error</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="26"/>
        <source>Update needed</source>
        <translation>Update needed</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="27"/>
        <source>Sign-in needed</source>
        <translation>Sign-in needed</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="28"/>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="29"/>
        <source>Sync off</source>
        <translation>Sync off</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="33"/>
        <source>The last sync with the platform finished.</source>
        <extracomment>What each state means and what the user can do (the status tooltip and the settings dialog).</extracomment>
        <translation>The last sync with the platform finished.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="34"/>
        <source>The platform cannot be reached. Changes are kept and sent when the connection is back.</source>
        <translation>The platform cannot be reached. Changes are kept and sent when the connection is back.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="36"/>
        <source>Sending changes to the platform and fetching its changes.</source>
        <translation>Sending changes to the platform and fetching its changes.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="37"/>
        <source>The platform failed or refused the sync. It is tried again later; changes are kept.</source>
        <translation>The platform failed or refused the sync. It is tried again later; changes are kept.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="39"/>
        <source>This app and the platform use different versions. Install the update; changes are kept until then.</source>
        <translation>This app and the platform use different versions. Install the update; changes are kept until then.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="41"/>
        <source>The platform did not accept the token. Enter a valid token in Sync ▸ Platform settings.</source>
        <translation>The platform did not accept the token. Enter a valid token in Sync ▸ Platform settings.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="43"/>
        <source>This computer has not synced with the platform yet.</source>
        <translation>This computer has not synced with the platform yet.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="44"/>
        <source>No platform address is set. Changes are kept on this computer.</source>
        <translation>No platform address is set. Changes are kept on this computer.</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="52"/>
        <source>Product</source>
        <extracomment>Status colours: the dot is the only colour in the status bar, so each state has its own hue.</extracomment>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="53"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="54"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="55"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="56"/>
        <source>Stock movement</source>
        <translation>Stock movement</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="57"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="58"/>
        <source>Exchange rate</source>
        <translation>Exchange rate</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="59"/>
        <source>Waybill</source>
        <translation>Waybill</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="60"/>
        <source>Waybill status</source>
        <translation>Waybill status</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="61"/>
        <source>Stock location</source>
        <translation>Stock location</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="62"/>
        <source>Customs declaration</source>
        <translation>Customs declaration</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="65"/>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="66"/>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="67"/>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="72"/>
        <source>Changed here and on the platform at the same time</source>
        <extracomment>The core keeps conflict reasons as plain English (sync/apply.py REASON_*); these are their readings.</extracomment>
        <translation>Changed here and on the platform at the same time</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="74"/>
        <source>The platform&apos;s version clashes with another record here (the same SKU or INN)</source>
        <translation>The platform&apos;s version clashes with another record here (the same SKU or INN)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/sync_texts.py" line="77"/>
        <source>The platform refused this change without giving a reason.</source>
        <translation>The platform refused this change without giving a reason.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="128"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="131"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="141"/>
        <source>On hand at the source: %1</source>
        <translation>On hand at the source: %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/stock_dialogs.py" line="153"/>
        <source>Transfer stock</source>
        <translation>Transfer stock</translation>
    </message>
</context>
<context>
    <name>WaybillDialog</name>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="51"/>
        <source>Carrier</source>
        <extracomment>Decimal input without floats: up to 6 digits and 3 decimals, point or comma.</extracomment>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="52"/>
        <source>Weight, kg</source>
        <translation>Weight, kg</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="52"/>
        <source>Length, cm</source>
        <translation>Length, cm</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="53"/>
        <source>Width, cm</source>
        <translation>Width, cm</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="53"/>
        <source>Height, cm</source>
        <translation>Height, cm</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="58"/>
        <source>Parcels</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="63"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="64"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="65"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="120"/>
        <source>Waybill</source>
        <translation>Waybill</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="121"/>
        <source>Parcel</source>
        <translation>Parcel</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="122"/>
        <source>New tracking event (optional)</source>
        <translation>New tracking event (optional)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="129"/>
        <source>Picked up</source>
        <translation>Picked up</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="129"/>
        <source>At the border warehouse</source>
        <translation>At the border warehouse</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="129"/>
        <source>Customs cleared</source>
        <translation>Customs cleared</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="130"/>
        <source>Crossed the border</source>
        <translation>Crossed the border</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="130"/>
        <source>Arrived in Blagoveshchensk</source>
        <translation>Arrived in Blagoveshchensk</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/dialogs/waybill_dialog.py" line="130"/>
        <source>Handed to the buyer</source>
        <translation>Handed to the buyer</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../heihe_desk/ui/app.py" line="48"/>
        <source>Heihe Desk is already open with the data folder %1.</source>
        <translation>黑河边贸助手已打开数据文件夹 %1，请勿重复启动。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="111"/>
        <source>Checking the database…</source>
        <translation>正在检查数据库…</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="117"/>
        <location filename="../../heihe_desk/ui/main_window.py" line="120"/>
        <source>Database check</source>
        <translation>数据库检查</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="118"/>
        <source>Problems found:</source>
        <translation>发现以下问题：</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="120"/>
        <source>The database is sound.</source>
        <translation>数据库完好，未发现问题。</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="124"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="127"/>
        <source>About Heihe Desk</source>
        <translation>关于黑河边贸助手</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="128"/>
        <source>Heihe Desk %1
Data folder: %2</source>
        <translation>黑河边贸助手 %1
数据文件夹：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../heihe_desk/ui/main_window.py" line="132"/>
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%n 项更改尚未同步</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="133"/>
        <source>Device %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="147"/>
        <source>Heihe Desk — cross-border trade assistant</source>
        <translation>黑河边贸助手</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="148"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="148"/>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="151"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="152"/>
        <source>&amp;Check database</source>
        <translation>检查数据库(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="153"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="154"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="155"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../heihe_desk/ui/main_window.py" line="156"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
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
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- What Qt's own Chinese catalogue (qtbase_zh_CN, loaded from Qt's translations folder) lacks for
     Qt 6: its QFileDialog labels gained a mnemonic (&Look in:, Files of &type:) and the catalogue
     still has only the old texts, so the dialogs showed English. Loaded after qtbase_zh_CN, so
     these win. Built with pyside6-lrelease into qt_supplement_zh_CN.qm beside this file. -->
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt 6's file dialog labels that PySide6's qtbase_fr.qm lacks (it still has Qt 5's "Look in:"
     without the shortcut): loaded by ui/i18n.py after qtbase_fr, so the non-native file
     dialog says "Voir dans :" and not "Look in:". Compile: pyside6-lrelease this file. -->
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>Voir &amp;dans :</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
    </message>
</context>
</TS>

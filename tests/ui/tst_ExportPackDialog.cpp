#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "dialogs/ExportPackDialog.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

class tst_ExportPackDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void formatSetsTheSuffixAndPageSize();
    void unusablePathsDisableExport();
    void acceptRemembersTheChoice();
    void everyMnemonicLabelHasABuddy();

private:
    void choose(ExportPackDialog &dialog, ReportFormat format);

    QTemporaryDir m_dir;
};

void tst_ExportPackDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(u"GreenlightTests"_s);
    QCoreApplication::setApplicationName(u"tst_ExportPackDialog"_s);
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ExportPackDialog::init()
{
    QSettings settings;
    settings.clear();
    settings.setValue(u"export/lastFolder"_s, m_dir.path());
}

void tst_ExportPackDialog::choose(ExportPackDialog &dialog, ReportFormat format)
{
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(int(format)));
}

void tst_ExportPackDialog::formatSetsTheSuffixAndPageSize()
{
    ExportPackDialog dialog(u"payments-2.4.0-approval-pack"_s);
    QCOMPARE(dialog.request().format, ReportFormat::Pdf); // the default
    QCOMPARE(dialog.outputPath(), m_dir.filePath(u"payments-2.4.0-approval-pack.pdf"_s));
    QVERIFY(dialog.pageSizeBox()->isEnabled());

    choose(dialog, ReportFormat::Markdown);
    QCOMPARE(dialog.outputPath(), m_dir.filePath(u"payments-2.4.0-approval-pack.md"_s));
    QVERIFY(!dialog.pageSizeBox()->isEnabled());

    // A name the user typed survives a change of format.
    dialog.pathEdit()->setText(m_dir.filePath(u"for-the-cab.md"_s));
    choose(dialog, ReportFormat::Html);
    QCOMPARE(dialog.outputPath(), m_dir.filePath(u"for-the-cab.html"_s));
    QCOMPARE(dialog.request().format, ReportFormat::Html);
}

void tst_ExportPackDialog::unusablePathsDisableExport()
{
    ExportPackDialog dialog(u"pack"_s);
    QVERIFY(dialog.exportButton()->isEnabled());
    dialog.pathEdit()->setText(m_dir.filePath(u"no/such/folder/pack.pdf"_s));
    QVERIFY(!dialog.exportButton()->isEnabled());
    dialog.pathEdit()->setText(m_dir.path());
    QVERIFY(!dialog.exportButton()->isEnabled());
    dialog.pathEdit()->clear();
    QVERIFY(!dialog.exportButton()->isEnabled());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // accept refused the empty path
    dialog.pathEdit()->setText(m_dir.filePath(u"pack.pdf"_s));
    QVERIFY(dialog.exportButton()->isEnabled());
}

void tst_ExportPackDialog::acceptRemembersTheChoice()
{
    {
        ExportPackDialog dialog(u"pack"_s);
        choose(dialog, ReportFormat::Json);
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    ExportPackDialog again(u"pack"_s);
    QCOMPARE(again.request().format, ReportFormat::Json);
    QCOMPARE(again.outputPath(), m_dir.filePath(u"pack.json"_s));
}

void tst_ExportPackDialog::everyMnemonicLabelHasABuddy()
{
    // A label with "&" but no buddy shows the ampersand literally and its shortcut does nothing.
    ExportPackDialog dialog(u"pack"_s);
    int mnemonics = 0;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (!label->text().contains(u'&'))
            continue;
        ++mnemonics;
        QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
    QCOMPARE(mnemonics, 3); // Format, Page size, File
    bool fileHasBuddy = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        fileHasBuddy = fileHasBuddy || label->buddy() == dialog.pathEdit();
    QVERIFY(fileHasBuddy);
}

QTEST_MAIN(tst_ExportPackDialog)
#include "tst_ExportPackDialog.moc"

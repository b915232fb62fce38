#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "ReportCommand.h"
#include "SignoffCliFixture.h"
#include "core/Translations.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

class tst_ReportCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void markdownOnStdoutByDefault();
    void formatFromTheOutputSuffix_data();
    void formatFromTheOutputSuffix();
    void failOnChangesTheVerdict();
    void languageTranslatesTheFixedWording_data();
    void languageTranslatesTheFixedWording();
    void errors_data();
    void errors();

private:
    test::CliRun report(const QStringList &extra);

    std::unique_ptr<test::SignoffCliFixture> m_fx;
};

void tst_ReportCommand::init()
{
    m_fx = std::make_unique<test::SignoffCliFixture>();
    for (const QString &key : {u"A-001"_s, u"A-002"_s, u"A-003"_s, u"A-004"_s, u"S-001"_s})
        m_fx->setStatus(key, u"passed"_s);
    m_fx->setStatus(u"A-005"_s, u"failed"_s); // low: ready with fixes
}

test::CliRun tst_ReportCommand::report(const QStringList &extra)
{
    ReportCommand command;
    return m_fx->harness->run(command, QStringList{m_fx->id()} + extra);
}

void tst_ReportCommand::markdownOnStdoutByDefault()
{
    const test::CliRun run = report({});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(u"# "_s));
    QVERIFY2(run.out.contains(u"Ready with fixes"_s), qPrintable(run.out.left(2000)));
    QVERIFY(run.out.contains(u"A-005"_s));
    QVERIFY(run.out.contains(u"Security Review"_s)); // the sign-off block
}

void tst_ReportCommand::formatFromTheOutputSuffix_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<QString>("formatName");

    QTest::newRow("pdf") << u"pack.pdf"_s << QStringList{} << QByteArray("%PDF-")
                         << u"PDF document"_s;
    QTest::newRow("letter pdf") << u"pack.pdf"_s << QStringList{u"--page-size"_s, u"Letter"_s}
                                << QByteArray("%PDF-") << u"PDF document"_s;
    QTest::newRow("html") << u"pack.html"_s << QStringList{} << QByteArray("<!DOCTYPE html>")
                          << u"HTML page"_s;
    QTest::newRow("json") << u"pack.json"_s << QStringList{} << QByteArray("{") << u"JSON data"_s;
    QTest::newRow("--format beats the suffix")
            << u"pack.txt"_s << QStringList{u"--format"_s, u"markdown"_s} << QByteArray("# ")
            << u"Markdown document"_s;
}

void tst_ReportCommand::formatFromTheOutputSuffix()
{
    QFETCH(QString, fileName);
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, start);
    QFETCH(QString, formatName);
    const QString path = m_fx->dir->filePath(fileName);
    const test::CliRun run = report(QStringList{u"-o"_s, path} + extra);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"%1: wrote %2 (Verdict: Ready with fixes)\n"_s.arg(path, formatName));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith(start));
}

void tst_ReportCommand::failOnChangesTheVerdict()
{
    const QString path = m_fx->dir->filePath(u"strict.json"_s);
    QCOMPARE(report({u"-o"_s, path, u"--fail-on"_s, u"low"_s}).exitCode, 0); // still written
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    const QString text = QString::fromUtf8(QJsonDocument(json).toJson());
    QVERIFY2(text.contains(u"not_ready"_s), qPrintable(text.left(3000)));
}

void tst_ReportCommand::languageTranslatesTheFixedWording_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("wording");

    QTest::newRow("de") << u"de"_s
                        << QStringList{u"Zusammenfassung"_s, u"Bereit mit Korrekturen"_s};
    QTest::newRow("fr") << u"fr"_s << QStringList{u"Synthèse"_s, u"Prêt avec corrections"_s};
}

// Headings and the verdict follow --language; what the team wrote (item titles, role
// titles from the template) stays as written.
void tst_ReportCommand::languageTranslatesTheFixedWording()
{
    QFETCH(QString, language);
    QFETCH(QStringList, wording);
    const test::CliRun run = report({u"--language"_s, language});
    Translations::install(u"en"_s);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    for (const QString &text : wording)
        QVERIFY2(run.out.contains(text), qPrintable(text + u"\n"_s + run.out.left(2000)));
    QVERIFY(!run.out.contains(u"Ready with fixes"_s));
    QVERIFY(!run.out.contains(u"## Summary"_s));
    QVERIFY(run.out.contains(u"A-005"_s));
    QVERIFY(run.out.contains(u"Security Review"_s));
}

void tst_ReportCommand::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("pdf to stdout")
            << QStringList{u"--format"_s, u"pdf"_s} << u"a PDF needs --output FILE"_s;
    QTest::newRow("unknown format")
            << QStringList{u"--format"_s, u"docx"_s} << u"unknown format 'docx'"_s;
    QTest::newRow("unknown suffix")
            << QStringList{u"-o"_s, u"pack.txt"_s} << u"cannot tell the format"_s;
    QTest::newRow("page size") << QStringList{u"-o"_s, u"p.pdf"_s, u"--page-size"_s, u"a5"_s}
                               << u"unknown page size 'a5'"_s;
    QTest::newRow("severity") << QStringList{u"--fail-on"_s, u"severe"_s}
                              << u"unknown severity 'severe'"_s;
    QTest::newRow("folder missing") << QStringList{u"-o"_s, u"/nonexistent/dir/p.md"_s}
                                    << u"cannot write /nonexistent/dir/p.md"_s;
}

void tst_ReportCommand::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, messagePart);
    const test::CliRun run = report(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(messagePart), qPrintable(run.err));
    QCOMPARE(run.out, QString());
}

QTEST_MAIN(tst_ReportCommand) // PDF rendering needs a QGuiApplication (offscreen)
#include "tst_ReportCommand.moc"

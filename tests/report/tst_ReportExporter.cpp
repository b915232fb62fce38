#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "SnapshotSamples.h"
#include "report/ReportExporter.h"

using namespace Qt::StringLiterals;
using namespace greenlight;
using namespace greenlight::test;

class tst_ReportExporter : public QObject
{
    Q_OBJECT

private slots:
    void rendersEveryFormat_data();
    void rendersEveryFormat();
    void writesAtomically();
    void cancelLeavesTheOldFileAlone();
    void unwritablePathIsAnError();
    void suggestedFileName_data();
    void suggestedFileName();
    void formatFromFileName_data();
    void formatFromFileName();
};

void tst_ReportExporter::rendersEveryFormat_data()
{
    QTest::addColumn<ReportFormat>("format");
    QTest::addColumn<QByteArray>("start");

    QTest::newRow("markdown") << ReportFormat::Markdown << QByteArray("# ");
    QTest::newRow("html") << ReportFormat::Html << QByteArray("<!DOCTYPE html>");
    QTest::newRow("json") << ReportFormat::Json << QByteArray("{");
    QTest::newRow("pdf") << ReportFormat::Pdf << QByteArray("%PDF-");
}

void tst_ReportExporter::rendersEveryFormat()
{
    QFETCH(ReportFormat, format);
    QFETCH(QByteArray, start);
    QList<int> seen;
    const auto bytes
            = ReportExporter::render(SnapshotSamples::seedReview(), {format}, [&seen](int percent) {
                  seen << percent;
                  return true;
              });
    QVERIFY2(bytes, qPrintable(bytes.errorMessage()));
    QVERIFY2(bytes->startsWith(start), bytes->left(40).constData());
    QVERIFY(!bytes->contains(SnapshotSamples::plantedSecret().toUtf8()));
    QCOMPARE(seen.first(), 0);
    QCOMPARE(seen.last(), 100);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
}

void tst_ReportExporter::writesAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"pack.json"_s);
    QVERIFY(ReportExporter::write(SnapshotSamples::seedReview(), {ReportFormat::Json}, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(json.value(u"schemaVersion"_s).toInt(), AssessmentSnapshot::SchemaVersion);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"pack.json"_s});
}

void tst_ReportExporter::cancelLeavesTheOldFileAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"pack.pdf"_s);
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the pack approvers already have");
    old.close();
    int calls = 0;
    const auto written = ReportExporter::write(SnapshotSamples::large(300),
                                               {ReportFormat::Pdf},
                                               path,
                                               [&calls](int) { return ++calls < 3; });
    QVERIFY(!written);
    QCOMPARE(int(written.error().code), int(Error::Code::Cancelled));
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("the pack approvers already have"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"pack.pdf"_s});
}

void tst_ReportExporter::unwritablePathIsAnError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing-folder/pack.md"_s);
    const auto written
            = ReportExporter::write(SnapshotSamples::seedReview(), {ReportFormat::Markdown}, path);
    QVERIFY(!written);
    QVERIFY2(written.errorMessage().contains(path), qPrintable(written.errorMessage()));
}

void tst_ReportExporter::suggestedFileName_data()
{
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("release");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << u"payments-api"_s << u"2.4.0"_s << u"x"_s
                           << u"payments-api-2.4.0-approval-pack.pdf"_s;
    QTest::newRow("spaces and slashes") << u"Payments / EU"_s << u"2.4 rc1"_s << u"x"_s
                                        << u"Payments-EU-2.4-rc1-approval-pack.pdf"_s;
    QTest::newRow("no system: the name")
            << QString() << QString() << u"Go live"_s << u"Go-live-approval-pack.pdf"_s;
    QTest::newRow("nothing usable")
            << u"../.."_s << QString() << QString() << u"assessment-approval-pack.pdf"_s;
}

void tst_ReportExporter::suggestedFileName()
{
    QFETCH(QString, system);
    QFETCH(QString, release);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    AssessmentSnapshot s;
    s.system = system;
    s.release = release;
    s.name = name;
    QCOMPARE(ReportExporter::suggestedFileName(s, ReportFormat::Pdf), expected);
}

void tst_ReportExporter::formatFromFileName_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("expected"); // format key, "" for none

    QTest::newRow("md") << u"pack.md"_s << u"md"_s;
    QTest::newRow("markdown") << u"pack.MARKDOWN"_s << u"md"_s;
    QTest::newRow("htm") << u"/tmp/pack.htm"_s << u"html"_s;
    QTest::newRow("pdf") << u"pack.v2.PDF"_s << u"pdf"_s;
    QTest::newRow("json") << u"pack.json"_s << u"json"_s;
    QTest::newRow("txt") << u"pack.txt"_s << QString();
    QTest::newRow("none") << u"pack"_s << QString();
}

void tst_ReportExporter::formatFromFileName()
{
    QFETCH(QString, fileName);
    QFETCH(QString, expected);
    const auto format = reportFormatFromFileName(fileName);
    QCOMPARE(format ? reportFormatKey(*format) : QString(), expected);
}

QTEST_MAIN(tst_ReportExporter) // PDF rendering needs a QGuiApplication (offscreen)
#include "tst_ReportExporter.moc"

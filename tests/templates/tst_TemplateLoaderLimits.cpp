#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include "TemplateYaml.h"
#include "templates/TemplateLoader.h"
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace greenlight;
using namespace greenlight::test;

// TemplateLoader against hostile input: size, aliases, nesting, value counts, garbage. The
// timings are hang guards with generous bounds, not benchmarks.
class tst_TemplateLoaderLimits : public QObject
{
    Q_OBJECT

private slots:
    void refusesOversizedFileUnread();
    void refusesOversizedData();
    void refusesDevicesAndFifos();
    void refusesBillionLaughs();
    void hostileShapesStayFast_data();
    void hostileShapesStayFast();
    void survivesGarbageAndMutations();

private:
    TemplateLoader m_loader;
};

void tst_TemplateLoaderLimits::refusesOversizedFileUnread()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    // Exactly at the limit is fine: the base template padded with a comment.
    const QString atLimit = dir.filePath(u"at-limit.yaml"_s);
    QFile file(atLimit);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray padded = baseYaml() + "# ";
    padded.append(QByteArray(TemplateLoader::MaxFileSize - padded.size() - 1, 'x')).append('\n');
    QCOMPARE(padded.size(), TemplateLoader::MaxFileSize);
    file.write(padded);
    file.close();
    QVERIFY(m_loader.loadFile(atLimit).ok());

    // A sparse 1 GiB file: refused from its size, quickly, so it was not read.
    const QString huge = dir.filePath(u"huge.yaml"_s);
    QFile hugeFile(huge);
    QVERIFY(hugeFile.open(QIODevice::WriteOnly));
    QVERIFY(hugeFile.resize(qint64(1) << 30));
    hugeFile.close();
    QElapsedTimer timer;
    timer.start();
    const TemplateLoadResult result = m_loader.loadFile(huge);
    QVERIFY(timer.elapsed() < 1000);
    QCOMPARE(result.problems,
             (TemplateProblems{{huge,
                                0,
                                0,
                                u"file is too large: 1073741824 bytes (templates are limited "
                                "to 1 MiB)"_s}}));
}

void tst_TemplateLoaderLimits::refusesOversizedData()
{
    const QByteArray data(TemplateLoader::MaxFileSize + 1, '#');
    const TemplateLoadResult result = m_loader.loadData(data, u"stdin"_s);
    QCOMPARE(result.problems,
             (TemplateProblems{{u"stdin"_s,
                                0,
                                0,
                                u"file is too large: 1048577 bytes (templates are limited to "
                                "1 MiB)"_s}}));
}

void tst_TemplateLoaderLimits::refusesDevicesAndFifos()
{
    // Reading either would never end (or, for a FIFO, never start): refused from metadata.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fifo = dir.filePath(u"fifo.yaml"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const QString &path : {u"/dev/zero"_s, fifo}) {
        QElapsedTimer timer;
        timer.start();
        const TemplateLoadResult result = m_loader.loadFile(path);
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(result.problems, (TemplateProblems{{path, 0, 0, u"not a regular file"_s}}));
    }
}

void tst_TemplateLoaderLimits::refusesBillionLaughs()
{
    QByteArray yaml = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    for (char name = 'b'; name <= 'i'; ++name) {
        const char previous = char(name - 1);
        yaml += QByteArray(1, name) + ": &" + name + " [";
        for (int i = 0; i < 9; ++i)
            yaml += (i ? ",*" : "*") + QByteArray(1, previous);
        yaml += "]\n";
    }
    QElapsedTimer timer;
    timer.start();
    const TemplateLoadResult result = m_loader.loadData(yaml, u"lol.yaml"_s);
    QVERIFY(timer.elapsed() < 2000);
    QCOMPARE(result.problems,
             (TemplateProblems{
                     {u"lol.yaml"_s, 1, 4, u"YAML anchors and aliases are not allowed"_s}}));
}

void tst_TemplateLoaderLimits::hostileShapesStayFast_data()
{
    // Each must finish well inside the limit (a hang guard, not a benchmark); message empty
    // means the input is a valid template.
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("problemCount");

    const int max = int(TemplateLoader::MaxFileSize);
    const QString tooManyIndicators = u"file has more than 50000 ',', '[' and '{' characters; YAML "
                                      "lists and mappings this large are refused"_s;
    const QString tooManyValues
            = u"file has more than 50000 YAML values; a template never needs that many"_s;

    QByteArray flow = "[" + QByteArray("1,").repeated((max - 3) / 2) + "1]";
    QVERIFY(flow.size() <= max);
    // '[' is the first indicator, comma k the (k+1)th, at column 2k + 1.
    QTest::newRow("1 MiB flow sequence") << flow << tooManyIndicators << 1 << 100001 << 1;
    QTest::newRow("1 MiB of open brackets")
            << QByteArray(max, '[') << tooManyIndicators << 1 << 50001 << 1;
    // The sequence is value 1, so entry 50000 (on line 50000) is value 50001.
    QTest::newRow("block list of 260k entries")
            << QByteArray("- 1\n").repeated(max / 4 - 1) << tooManyValues << 50000 << 3 << 1;
    QTest::newRow("1 MiB of nested block sequences")
            << QByteArray("- ").repeated(max / 2 - 1) + "x\n"
            << u"nesting is deeper than 12 levels"_s << 1 << 25 << 1;
    QTest::newRow("250k documents") << QByteArray("---\n").repeated(max / 4 - 1)
                                    << u"a template file must hold exactly one YAML document; a "
                                       "second one starts here"_s
                                    << 2 << 1 << 1;
    QByteArray longTitle = baseWith("title: Alpha", "title: ");
    longTitle.insert(longTitle.indexOf("title: ") + 7, QByteArray(max - longTitle.size() - 8, 'a'));
    QTest::newRow("1 MiB single line") << longTitle << QString() << 0 << 0 << 0;
    QTest::newRow("20000 tags") << baseAppending("        tags: [")
                                           + QByteArray("a,").repeated(19999) + "a]\n"
                                << QString() << 0 << 0 << 0;
    QTest::newRow("20000 bad tags")
            << baseAppending("        tags: [") + QByteArray("A,").repeated(19999) + "A]\n"
            << u"invalid tag 'A' (use lower-case letters, digits and dashes, e.g. supply-chain)"_s
            << 15 << 16 << 101; // capped at 100, plus a note saying so
}

void tst_TemplateLoaderLimits::hostileShapesStayFast()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, problemCount);

    QElapsedTimer timer;
    timer.start();
    const TemplateLoadResult result = m_loader.loadData(yaml, u"hostile.yaml"_s);
    const qint64 elapsed = timer.elapsed();
    qDebug("%s: %lld ms", QTest::currentDataTag(), elapsed);
    QVERIFY2(elapsed < 2000, qPrintable(u"took %1 ms"_s.arg(elapsed)));

    QCOMPARE(result.problems.size(), problemCount);
    if (message.isEmpty()) {
        QVERIFY(result.ok());
        return;
    }
    QCOMPARE(result.problems.first().message, message);
    QCOMPARE(result.problems.first().line, line);
    QCOMPARE(result.problems.first().column, column);
    if (problemCount > 100) {
        QCOMPARE(result.problems.last().toString(),
                 u"hostile.yaml: too many problems; stopped after the first 100"_s);
    }
}

void tst_TemplateLoaderLimits::survivesGarbageAndMutations()
{
    // Random bytes and randomly damaged templates: each load either succeeds or explains
    // why not, with a position inside the file; none crashes or hangs.
    QRandomGenerator random(20261122);
    const auto check = [](const QByteArray &data, const TemplateLoadResult &result) {
        if (result.ok())
            return true;
        if (result.problems.isEmpty() || result.checklist.has_value())
            return false;
        const int lines = int(data.count('\n')) + 1;
        for (const TemplateProblem &problem : result.problems) {
            if (problem.file != u"fuzz.yaml"_s || problem.message.isEmpty() || problem.line < 0
                || problem.line > lines || problem.column < 0)
                return false;
        }
        return true;
    };

    for (int round = 0; round < 300; ++round) {
        QByteArray garbage(int(random.bounded(4096)), Qt::Uninitialized);
        for (char &byte : garbage)
            byte = char(random.bounded(256));
        const TemplateLoadResult result = m_loader.loadData(garbage, u"fuzz.yaml"_s);
        QVERIFY2(check(garbage, result), garbage.toBase64().constData());
        QVERIFY(!result.ok());
    }

    const QByteArray alphabet = "[]{}:-&*!|>'\"#,?%@` \t\n\r\\~0aZ\xff\xc3";
    for (int round = 0; round < 2000; ++round) {
        QByteArray yaml = baseYaml();
        const int edits = 1 + int(random.bounded(3));
        for (int e = 0; e < edits; ++e) {
            const int at = int(random.bounded(int(yaml.size())));
            const char byte = alphabet.at(int(random.bounded(int(alphabet.size()))));
            switch (random.bounded(3)) {
            case 0:
                yaml[at] = byte;
                break;
            case 1:
                yaml.insert(at, byte);
                break;
            default:
                yaml.remove(at, 1 + int(random.bounded(8)));
                break;
            }
        }
        const TemplateLoadResult result = m_loader.loadData(yaml, u"fuzz.yaml"_s);
        QVERIFY2(check(yaml, result), yaml.constData());
    }
}

QTEST_GUILESS_MAIN(tst_TemplateLoaderLimits)
#include "tst_TemplateLoaderLimits.moc"

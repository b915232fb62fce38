#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "GoldenFile.h"
#include "HostileSnapshot.h"
#include "NodeTool.h"
#include "SnapshotSamples.h"
#include "report/MarkdownReportWriter.h"
#include "report/ReportText.h"

using namespace Qt::StringLiterals;
using namespace greenlight;
using test::SnapshotSamples;

namespace {

QString markdown(const AssessmentSnapshot &snapshot)
{
    return QString::fromUtf8(MarkdownReportWriter::write(snapshot));
}

// Cell separators: pipes not escaped by a backslash.
int separators(const QString &line)
{
    int count = 0;
    for (qsizetype i = 0; i < line.size(); ++i)
        count += line[i] == u'|' && (i == 0 || line[i - 1] != u'\\');
    return count;
}

// What markdownlint would also catch, checked without Node: every table row has its header's
// cell count, blocks are separated by exactly one blank line, no trailing blanks, one final
// newline, and no raw HTML tag.
QString structuralProblem(const QString &md)
{
    if (!md.endsWith(u'\n') || md.endsWith(u"\n\n"_s))
        return u"the file must end with exactly one newline"_s;
    if (md.contains(u"\n\n\n"_s))
        return u"two blank lines in a row"_s;
    static const QRegularExpression tag(u"(?<!\\\\)<[A-Za-z/!]"_s);
    const QStringList lines = md.split(u'\n');
    int tableColumns = -1;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString &line = lines[n];
        const QString where = u"line %1: %2"_s.arg(n + 1).arg(line);
        if (line.endsWith(u' ') || line.endsWith(u'\t'))
            return u"trailing blank at "_s + where;
        if (line.startsWith(u'|')) {
            if (tableColumns < 0)
                tableColumns = separators(line);
            else if (separators(line) != tableColumns)
                return u"table row with another cell count at "_s + where;
        } else {
            tableColumns = -1;
        }
        // Autolinks (<https://...>) are the only angle brackets left unescaped.
        QString withoutLinks = line;
        withoutLinks.remove(QRegularExpression(u"<https?://[^<> ]+>"_s));
        if (tag.match(withoutLinks).hasMatch())
            return u"raw HTML at "_s + where;
        if (line.startsWith(u'#') && n > 0 && !lines[n - 1].isEmpty())
            return u"heading without a blank line before it at "_s + where;
    }
    return {};
}

} // namespace

class tst_MarkdownReportWriter : public QObject
{
    Q_OBJECT

private slots:
    void matchesGoldenFile();
    void sectionsInSharedOrder();
    void findingsInSeedFormat();
    void signoffBlock();
    void hostileTextStaysInItsRow();
    void structure_data();
    void structure();
    void passesMarkdownlint();
    void noSecretInOutput_data();
    void noSecretInOutput();
    void sameSnapshotSameBytes();
};

void tst_MarkdownReportWriter::matchesGoldenFile()
{
    const QString problem = test::GoldenFile::compare(
            MarkdownReportWriter::write(SnapshotSamples::seedReview()), u"seed-review.md"_s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_MarkdownReportWriter::sectionsInSharedOrder()
{
    const QString md = markdown(SnapshotSamples::seedReview());
    QVERIFY(md.startsWith(u"# Go-live approval pack: Payments 2.4 go-live\n"_s));
    qsizetype previous = 0;
    for (const ReportText::Section section : ReportText::sections()) {
        const qsizetype at = md.indexOf(u"\n## "_s + ReportText::sectionTitle(section) + u'\n');
        QVERIFY2(at > previous, qPrintable(ReportText::sectionTitle(section)));
        previous = at;
    }
    QCOMPARE(md.count(u"\n## "_s), ReportText::sections().size());
    QVERIFY(md.contains(u"- **Verdict:** Not ready\n"_s));
    QVERIFY(md.contains(u"| Container Security | 1 | 1 | 0 | 1 | 0 | 0 | 3 |\n"_s));
    QVERIFY(md.contains(
            u"| **Total** | **2** | **2** | **1** | **1** | **1** | **1** | **8** |\n"_s));
}

void tst_MarkdownReportWriter::findingsInSeedFormat()
{
    const AssessmentSnapshot s = SnapshotSamples::seedReview();
    const QString md = markdown(s);
    QVERIFY(md.contains(u"**\\[HIGH-001\\] Build context copied without a .dockerignore**\n\n"
                        "- Location: `Dockerfile:9`\n"
                        "- Issue: `COPY . .` with no .dockerignore next to the Dockerfile\n"
                        "- Impact: The image carries the repository history and local secrets.\n"
                        "- Fix: Add a .dockerignore that lists at least `.git` and `.env`.\n"
                        "- Test: Build the image and run `docker run --rm IMAGE ls -la`: .git and "
                        ".env are absent.\n"
                        "- Snippet: `COPY . .`\n"
                        "- Items: CON-001\n"_s));
    // Numbered by severity, in snapshot order.
    qsizetype previous = 0;
    for (const SnapshotFinding &f : s.findings) {
        const qsizetype at = md.indexOf(u"**\\["_s + f.number + u"\\] "_s);
        QVERIFY2(at > previous, qPrintable(f.number));
        previous = at;
    }
    QVERIFY(md.contains(
            u"## Recommendations\n\n1. Create .dockerignore: add one that lists .git and "
            ".env (HIGH-001).\n2. Automate"_s));
}

void tst_MarkdownReportWriter::signoffBlock()
{
    const QString md = markdown(SnapshotSamples::seedReview());
    QVERIFY(md.contains(u"### Security Review\n\n- [x] Completed by Security Team\n"
                        "- State: Approved\n- Signer: Alex Morgan\n"_s));
    // Stale, so no longer ticked; what changed is listed.
    QVERIFY(md.contains(u"### Architecture Review\n\n- [ ] Completed by Tech Leads\n"_s));
    QVERIFY(md.contains(u"- Changed since signing:\n  - DB-002: status not\\_started -\\> "
                        "in\\_progress\n"_s));
    // Unsigned roles keep seed 004's blanks to fill in.
    QVERIFY(md.contains(u"### Deployment Approval\n\n- [ ] Approved for Production\n"
                        "- State: Not signed\n- Signer: ________________\n"
                        "- Decision: ________________\n- Date: ________________\n"_s));
}

void tst_MarkdownReportWriter::hostileTextStaysInItsRow()
{
    const QString md = markdown(test::HostileSnapshot::make());
    const QStringList rows = md.split(u'\n').filter(QRegularExpression(u"^\\| CON-001 \\|"_s));
    QCOMPARE(rows.size(), 3);         // the item row and its two evidence rows
    QCOMPARE(separators(rows[0]), 7); // six cells
    QVERIFY(rows[0].contains(u"pipe \\| in a note, `code \\| span`, unbalanced \\` tick, "
                             "\\<script\\>alert(1)\\</script\\> \\# not a heading - not a list  "
                             "1. nor this"_s));
    QVERIFY(!md.contains(QRegularExpression(u"(?<!\\\\)<script"_s)));
    QVERIFY(!md.contains(u"javascript:alert(1)>"_s)); // never an autolink
    QVERIFY(md.contains(u"<https://example.com/a%7Cb%3Ec%22d>"_s));
    QVERIFY2(structuralProblem(md).isEmpty(), qPrintable(structuralProblem(md)));
}

void tst_MarkdownReportWriter::structure_data()
{
    QTest::addColumn<AssessmentSnapshot>("snapshot");
    QTest::newRow("seed review") << SnapshotSamples::seedReview();
    QTest::newRow("hostile") << test::HostileSnapshot::make();
    QTest::newRow("empty") << AssessmentSnapshot();
    QTest::newRow("large") << SnapshotSamples::large(300);
}

void tst_MarkdownReportWriter::structure()
{
    QFETCH(AssessmentSnapshot, snapshot);
    const QString md = markdown(snapshot);
    const QString problem = structuralProblem(md);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_MarkdownReportWriter::passesMarkdownlint()
{
    const QString missing = test::NodeTool::missing(u"markdownlint-cli2"_s);
    if (!missing.isEmpty())
        QFAIL(qPrintable(missing));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QList<std::pair<QString, AssessmentSnapshot>> packs{
            {u"seed-review.md"_s, SnapshotSamples::seedReview()},
            {u"hostile.md"_s, test::HostileSnapshot::make()},
            {u"empty.md"_s, AssessmentSnapshot()},
            {u"large.md"_s, SnapshotSamples::large(120)}};
    QStringList arguments{u"--config"_s, test::NodeTool::toolsDir() + u"/.markdownlint.json"_s};
    for (const auto &[name, snapshot] : packs) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(MarkdownReportWriter::write(snapshot));
        arguments << file.fileName();
    }
    const test::NodeTool::Result result = test::NodeTool::run(
            u"node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs"_s, arguments);
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.output));
    QVERIFY2(result.output.contains(u"Summary: 0 error(s)"_s), qPrintable(result.output));
}

void tst_MarkdownReportWriter::noSecretInOutput_data()
{
    structure_data();
}

void tst_MarkdownReportWriter::noSecretInOutput()
{
    QFETCH(AssessmentSnapshot, snapshot);
    const QString md = markdown(snapshot);
    QVERIFY(!md.contains(SnapshotSamples::plantedSecret()));
    QVERIFY(!md.contains(SnapshotSamples::plantedSecret().left(12))); // not even a prefix
}

void tst_MarkdownReportWriter::sameSnapshotSameBytes()
{
    const AssessmentSnapshot s = SnapshotSamples::large(200);
    QCOMPARE(MarkdownReportWriter::write(s), MarkdownReportWriter::write(s));
    QCOMPARE(MarkdownReportWriter::write(SnapshotSamples::seedReview()),
             MarkdownReportWriter::write(SnapshotSamples::seedReview()));
}

QTEST_GUILESS_MAIN(tst_MarkdownReportWriter)
#include "tst_MarkdownReportWriter.moc"

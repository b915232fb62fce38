#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

#include "HostileSnapshot.h"
#include "SnapshotSamples.h"
#include "report/HtmlReportWriter.h"
#include "report/ReportText.h"

using namespace Qt::StringLiterals;
using namespace greenlight;
using test::SnapshotSamples;

namespace {

QString html(const AssessmentSnapshot &snapshot)
{
    return QString::fromUtf8(HtmlReportWriter::write(snapshot));
}

// Parses the page as XML; returns the error, or empty when well-formed. Counts elements.
QString xmlProblem(const QByteArray &page, QHash<QString, int> *elements = nullptr)
{
    QXmlStreamReader xml(page);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && elements)
            ++(*elements)[xml.name().toString()];
    }
    if (xml.hasError()) {
        return u"line %1, column %2: %3"_s.arg(xml.lineNumber())
                .arg(xml.columnNumber())
                .arg(xml.errorString());
    }
    return {};
}

} // namespace

class tst_HtmlReportWriter : public QObject
{
    Q_OBJECT

private slots:
    void wellFormed_data();
    void wellFormed();
    void containsThePack();
    void sectionsInSharedOrder();
    void selfContained_data();
    void selfContained();
    void hostileTextEscaped();
    void printFriendly();
    void noSecretInOutput_data();
    void noSecretInOutput();
    void sameSnapshotSameBytes();
};

void tst_HtmlReportWriter::wellFormed_data()
{
    QTest::addColumn<AssessmentSnapshot>("snapshot");
    QTest::newRow("seed review") << SnapshotSamples::seedReview();
    QTest::newRow("hostile") << test::HostileSnapshot::make();
    QTest::newRow("empty") << AssessmentSnapshot();
    QTest::newRow("large") << SnapshotSamples::large(300);
}

void tst_HtmlReportWriter::wellFormed()
{
    QFETCH(AssessmentSnapshot, snapshot);
    const QByteArray page = HtmlReportWriter::write(snapshot);
    QVERIFY(page.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
    QHash<QString, int> elements;
    const QString problem = xmlProblem(page, &elements);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(elements.value(u"html"_s), 1);
    QCOMPARE(elements.value(u"body"_s), 1);
    QCOMPARE(elements.value(u"style"_s), 1);
    QCOMPARE(elements.value(u"section"_s), ReportText::sections().size());
    QCOMPARE(elements.value(u"script"_s), 0);
}

void tst_HtmlReportWriter::containsThePack()
{
    const AssessmentSnapshot s = SnapshotSamples::seedReview();
    const QString page = html(s);
    QVERIFY(page.contains(u"<p class=\"verdict verdict-not_ready\">Verdict: Not ready</p>"_s));
    for (const SnapshotFinding &f : s.findings) {
        QVERIFY2(page.contains(u"<h3>["_s + f.number + u"] "_s + f.title.toHtmlEscaped()
                               + u"</h3>"_s),
                 qPrintable(f.number));
    }
    for (const SnapshotSignoff &r : s.signoffs) {
        QVERIFY(page.contains(u"<h3>"_s + r.roleTitle + u"</h3>"_s));
        if (r.isSigned)
            QVERIFY2(page.contains(r.signerName), qPrintable(r.signerName));
    }
    QVERIFY(page.contains(u"<span class=\"fill-in\">________________</span>"_s));
    // Both charts, inline.
    QCOMPARE(page.count(u"<svg xmlns=\"http://www.w3.org/2000/svg\""_s), 2);
    QVERIFY(page.contains(u"<title id=\"progress-title\">Progress by template</title>"_s));
    QVERIFY(page.contains(u"<title id=\"findings-title\">Open findings by severity</title>"_s));
    // Seed 001's shape: location, issue, impact, fix, test for every finding.
    for (const QString &label : {u"Location"_s, u"Issue"_s, u"Impact"_s, u"Fix"_s, u"Test"_s})
        QCOMPARE(page.count(u"<dt>"_s + label + u"</dt>"_s), s.findings.size());
    QVERIFY(page.contains(u"<code>COPY . .</code> with no .dockerignore"_s));
    // Items, evidence with the short hash shown and the full one kept, waivers, provenance.
    QVERIFY(page.contains(u"COPY . . ships .git and .env | see finding HIGH-001"_s));
    QVERIFY(page.contains(u"<code class=\"hash\" title=\"%1\">%2</code>"_s.arg(QString(64, u'b'),
                                                                               QString(12, u'b'))));
    QVERIFY(page.contains(u"Image size only; split planned for 2.5"_s));
    QVERIFY(page.contains(u"<code>3f9c2a41d0b7e8f61c5a9d2e4b7f0a1c3e5d7f92</code>"_s));
    QVERIFY(page.contains(u"<code>"_s + QString(64, u'f') + u"</code>"_s));
}

void tst_HtmlReportWriter::sectionsInSharedOrder()
{
    const QString page = html(SnapshotSamples::seedReview());
    qsizetype previous = 0;
    for (const ReportText::Section section : ReportText::sections()) {
        const qsizetype at
                = page.indexOf(u"<h2>"_s + ReportText::sectionTitle(section) + u"</h2>"_s);
        QVERIFY2(at > previous, qPrintable(ReportText::sectionTitle(section)));
        previous = at;
    }
}

void tst_HtmlReportWriter::selfContained_data()
{
    wellFormed_data();
}

void tst_HtmlReportWriter::selfContained()
{
    QFETCH(AssessmentSnapshot, snapshot);
    const QString page = html(snapshot);
    // The user's own links (evidence URLs, waiver tickets) are the only ones out of the page.
    QSet<QString> userLinks;
    for (const SnapshotItem &i : snapshot.items) {
        for (const SnapshotEvidence &e : i.evidence) {
            if (e.kindKey == u"url"_s)
                userLinks << QString::fromLatin1(QUrl(e.name).toEncoded()).toHtmlEscaped();
        }
    }
    for (const SnapshotWaiver &w : snapshot.waivers)
        userLinks << QString::fromLatin1(QUrl(w.ticketUrl).toEncoded()).toHtmlEscaped();

    static const QRegularExpression attribute(
            u"\\b(src|href|xlink:href|action|srcset)\\s*=\\s*\"([^\"]*)\""_s);
    for (auto it = attribute.globalMatch(page); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QCOMPARE(m.captured(1), u"href"_s);
        const QString target = m.captured(2);
        QVERIFY2(target.startsWith(u'#') || userLinks.contains(target), qPrintable(target));
    }
    QVERIFY(!page.contains(u"<script"_s));
    QVERIFY(!page.contains(u"<link"_s));
    QVERIFY(!page.contains(u"<img"_s));
    QVERIFY(!page.contains(u"url("_s));
    QVERIFY(!page.contains(u"@import"_s));
}

void tst_HtmlReportWriter::hostileTextEscaped()
{
    const AssessmentSnapshot s = test::HostileSnapshot::make();
    const QString page = html(s);
    QVERIFY(page.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;<br/>\n# not a heading"_s));
    QVERIFY(page.contains(u"<code>code | span</code>"_s));
    QVERIFY(!page.contains(u"javascript:alert(1)\""_s)); // never an href
    QVERIFY(page.contains(u"Evidence &lt;img src=x&gt; | went stale."_s));
    QVERIFY(page.contains(u"<title>Go-live approval pack: Release &lt;b&gt;2.4&lt;/b&gt; | "
                          "&quot;quoted&quot; &amp; 'single'</title>"_s));
    QVERIFY(!page.contains(QChar(0x01)));
}

void tst_HtmlReportWriter::printFriendly()
{
    const QString page = html(SnapshotSamples::seedReview());
    QVERIFY(page.contains(u"@media print"_s));
    QVERIFY(page.contains(u"thead { display: table-header-group; }"_s));
    QVERIFY(page.contains(u"@page"_s));
}

void tst_HtmlReportWriter::noSecretInOutput_data()
{
    wellFormed_data();
}

void tst_HtmlReportWriter::noSecretInOutput()
{
    QFETCH(AssessmentSnapshot, snapshot);
    QVERIFY(!html(snapshot).contains(SnapshotSamples::plantedSecret()));
}

void tst_HtmlReportWriter::sameSnapshotSameBytes()
{
    const AssessmentSnapshot s = SnapshotSamples::large(200);
    QCOMPARE(HtmlReportWriter::write(s), HtmlReportWriter::write(s));
}

QTEST_GUILESS_MAIN(tst_HtmlReportWriter)
#include "tst_HtmlReportWriter.moc"

#include "JUnitWriter.h"

#include <QHash>
#include <QXmlStreamWriter>

#include "ScanSummary.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

struct RuleCase
{
    RuleInfo rule;
    QList<const Finding *> failing;
    QList<const Finding *> passing; // below the threshold: reported, but not a failure
};

// XML 1.0 cannot carry most control characters, not even escaped; a snippet of a binary-ish
// line could hold one and make the whole report unreadable to the CI.
QString xmlSafe(QString text)
{
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xFFFE || u == 0xFFFF)
            c = QChar::ReplacementCharacter;
    }
    return text;
}

QString findingLine(const Finding &finding)
{
    QString line = ScanSummary::locationText(finding.location) + u": "_s + finding.message;
    if (!finding.snippet.isEmpty())
        line += u"\n    "_s + finding.snippet.simplified();
    return line;
}

QString findingLines(const QList<const Finding *> &findings)
{
    QStringList lines;
    for (const Finding *finding : findings)
        lines.append(u'[' + severityKey(finding->severity) + u"] "_s + findingLine(*finding));
    return xmlSafe(lines.join(u'\n') + u'\n');
}

QList<RuleCase> ruleCases(const ScanReport &report, std::optional<Severity> threshold)
{
    QList<RuleCase> cases;
    QHash<QString, qsizetype> index;
    for (const RuleInfo &rule : report.rules) {
        index.insert(rule.id, cases.size());
        cases.append(RuleCase{rule, {}, {}});
    }
    for (const Finding &finding : report.findings) {
        auto it = index.constFind(finding.ruleId);
        if (it == index.constEnd()) {
            // A finding of a rule missing from the list still gets its case: never lose one.
            RuleInfo rule;
            rule.id = finding.ruleId;
            rule.title = finding.title;
            rule.severity = finding.severity;
            rule.category = finding.ruleId.section(u'.', 0, 0);
            it = index.insert(finding.ruleId, cases.size());
            cases.append(RuleCase{rule, {}, {}});
        }
        RuleCase &ruleCase = cases[*it];
        if (threshold && finding.severity <= *threshold)
            ruleCase.failing.append(&finding);
        else
            ruleCase.passing.append(&finding);
    }
    return cases;
}

} // namespace

QByteArray JUnitWriter::write(const ScanReport &report) const
{
    const QList<RuleCase> cases = ruleCases(report, m_threshold);
    qsizetype failures = 0;
    for (const RuleCase &ruleCase : cases)
        failures += ruleCase.failing.isEmpty() ? 0 : 1;
    const ScanMetadata &meta = report.metadata;
    const double seconds = meta.startedAt.isValid() && meta.finishedAt.isValid()
                                   ? double(meta.startedAt.msecsTo(meta.finishedAt)) / 1000.0
                                   : 0.0;
    const QString tests = QString::number(cases.size());
    const QString failed = QString::number(failures);
    const QString time = QString::number(seconds, 'f', 3);

    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);
    writer.writeStartDocument();
    writer.writeStartElement(u"testsuites"_s);
    writer.writeAttribute(u"name"_s, u"greenlight"_s);
    writer.writeAttribute(u"tests"_s, tests);
    writer.writeAttribute(u"failures"_s, failed);
    writer.writeAttribute(u"errors"_s, u"0"_s);
    writer.writeAttribute(u"time"_s, time);

    writer.writeStartElement(u"testsuite"_s);
    writer.writeAttribute(u"name"_s, u"greenlight"_s);
    writer.writeAttribute(u"tests"_s, tests);
    writer.writeAttribute(u"failures"_s, failed);
    writer.writeAttribute(u"errors"_s, u"0"_s);
    writer.writeAttribute(u"skipped"_s, u"0"_s);
    writer.writeAttribute(u"time"_s, time);
    if (meta.startedAt.isValid())
        writer.writeAttribute(u"timestamp"_s,
                              meta.startedAt.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s));

    writer.writeStartElement(u"properties"_s);
    const QList<std::pair<QString, QString>> properties{
            {u"root"_s, meta.root},
            {u"gitHead"_s, meta.gitHead},
            {u"gitDirty"_s, meta.gitDirty ? u"true"_s : u"false"_s},
            {u"ruleSetVersion"_s, meta.ruleSetVersion},
            {u"filesScanned"_s, QString::number(meta.filesScanned)},
            {u"filesSkipped"_s, QString::number(meta.filesSkipped)},
            {u"cancelled"_s, meta.cancelled ? u"true"_s : u"false"_s},
    };
    for (const auto &[name, value] : properties) {
        writer.writeEmptyElement(u"property"_s);
        writer.writeAttribute(u"name"_s, name);
        writer.writeAttribute(u"value"_s, xmlSafe(value));
    }
    writer.writeEndElement(); // properties

    for (const RuleCase &ruleCase : cases) {
        writer.writeStartElement(u"testcase"_s);
        writer.writeAttribute(u"classname"_s, xmlSafe(ruleCase.rule.category));
        writer.writeAttribute(u"name"_s, xmlSafe(ruleCase.rule.id));
        writer.writeAttribute(u"time"_s, u"0"_s);
        if (!ruleCase.failing.isEmpty()) {
            Severity worst = Severity::Info;
            for (const Finding *finding : ruleCase.failing)
                worst = std::min(worst, finding->severity);
            writer.writeStartElement(u"failure"_s);
            writer.writeAttribute(u"message"_s,
                                  tr("%n finding(s): %1", nullptr, int(ruleCase.failing.size()))
                                          .arg(xmlSafe(ruleCase.rule.title)));
            writer.writeAttribute(u"type"_s, severityKey(worst));
            writer.writeCharacters(findingLines(ruleCase.failing));
            writer.writeEndElement(); // failure
        }
        if (!ruleCase.passing.isEmpty())
            writer.writeTextElement(u"system-out"_s, findingLines(ruleCase.passing));
        writer.writeEndElement(); // testcase
    }
    writer.writeEndElement(); // testsuite
    writer.writeEndElement(); // testsuites
    writer.writeEndDocument();
    return xml;
}

} // namespace greenlight

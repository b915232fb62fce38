#include "CustomRuleAnalyzer.h"

#include <QMutexLocker>

#include "scan/FindingSink.h"
#include "scan/Redaction.h"
#include "scan/RepositoryIndex.h"
#include "scan/ScannedFile.h"
#include "scan/parsers/TextLines.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

QString shown(const QString &value)
{
    constexpr int MaxShown = 80;
    const QString line = value.simplified();
    return line.size() > MaxShown ? line.left(MaxShown) + QChar(0x2026) : line;
}

Finding makeFinding(const CustomRule &rule, const QString &path, const QString &message)
{
    Finding finding;
    finding.ruleId = rule.id;
    finding.message = message;
    finding.location.path = path;
    return finding;
}

// The line with everything from the match to the line end masked: a forbidden pattern is
// often the key of a secret (`password\s*=`) whose value follows it.
QString redactedSnippet(QByteArrayView line, qsizetype start)
{
    const QString before = QString::fromUtf8(line.first(start));
    const QString rest = QString::fromUtf8(line.sliced(start));
    return TextLines::snippetOf(Redaction::redactSpan(before + rest, before.size(), rest.size()));
}

} // namespace

CustomRuleAnalyzer::CustomRuleAnalyzer(QList<CustomRule> rules)
    : m_declared(std::move(rules))
{
    for (const CustomRule &rule : std::as_const(m_declared)) {
        auto compiled = CompiledRule::compile(rule);
        if (compiled)
            m_rules.push_back(std::move(compiled).value());
        else
            m_invalid.append(compiled.errorMessage());
    }
}

QList<RuleInfo> CustomRuleAnalyzer::rules() const
{
    QList<RuleInfo> infos;
    for (const CustomRule &rule : m_declared) {
        RuleInfo info;
        info.id = rule.id;
        info.severity = rule.severity;
        info.title = rule.title;
        info.rationale = tr("Declared in template %1").arg(rule.templateId);
        info.fix = rule.fix;
        info.category = u"custom"_s;
        info.repositoryLevel = rule.kind == CustomRule::Kind::FileExists;
        infos.append(info);
    }
    return infos;
}

bool CustomRuleAnalyzer::wants(QStringView path, QStringView) const
{
    for (const CompiledRule &rule : m_rules) {
        if (rule.readsContent() && rule.matchesPath(path))
            return true;
    }
    return false;
}

void CustomRuleAnalyzer::analyze(const ScannedFile &file, FindingSink &sink)
{
    for (const CompiledRule &rule : m_rules) {
        if (!rule.readsContent() || !rule.matchesPath(file.path))
            continue;
        {
            const QMutexLocker lock(&m_mutex);
            m_checked[rule.rule().id].insert(file.path);
        }
        if (rule.rule().kind == CustomRule::Kind::MustNotMatch) {
            checkForbidden(rule, file, sink);
        } else if (!rule.contains(file.content)) {
            sink.report(makeFinding(
                    rule.rule(),
                    file.path,
                    tr("%1 does not contain '%2'").arg(file.path, shown(rule.rule().pattern))));
        }
    }
}

void CustomRuleAnalyzer::checkForbidden(const CompiledRule &rule,
                                        const ScannedFile &file,
                                        FindingSink &sink)
{
    bool more = false;
    const QList<CompiledRule::LineMatch> matches
            = rule.forbiddenMatches(file.content, MaxMatchesPerFile, &more);
    if (matches.isEmpty())
        return;
    // Line starts, to cut each matched line out of the content again.
    QList<qsizetype> starts{0};
    for (qsizetype i = 0; i < file.content.size() && starts.size() <= matches.last().line; ++i) {
        if (file.content.at(i) == '\n')
            starts.append(i + 1);
    }
    for (const CompiledRule::LineMatch &match : matches) {
        const qsizetype start = starts.at(match.line - 1);
        qsizetype end = file.content.indexOf('\n', start);
        if (end < 0)
            end = file.content.size();
        const QByteArrayView line = QByteArrayView(file.content).sliced(start, end - start);
        Finding finding = makeFinding(rule.rule(),
                                      file.path,
                                      tr("%1 matches the forbidden pattern '%2'")
                                              .arg(file.path, shown(rule.rule().pattern)));
        // Columns count characters, as editors do, not UTF-8 bytes.
        const int column = int(QString::fromUtf8(line.first(match.start)).size()) + 1;
        finding.location.line = match.line;
        finding.location.column = column;
        finding.location.endLine = match.line;
        finding.location.endColumn
                = column + int(QString::fromUtf8(line.sliced(match.start, match.length)).size());
        finding.snippet = redactedSnippet(line, match.start);
        sink.report(std::move(finding));
    }
    if (more) {
        sink.note(file.path,
                  tr("custom rule %1: more than %2 matching lines; only the first %2 are "
                     "reported")
                          .arg(rule.rule().id)
                          .arg(MaxMatchesPerFile));
    }
}

void CustomRuleAnalyzer::finish(const RepositoryIndex &repository, FindingSink &sink)
{
    for (const QString &problem : std::as_const(m_invalid))
        sink.note(QString(), problem);

    // Sorted, so findings and notes come out in the same order every run.
    QStringList paths(repository.paths.cbegin(), repository.paths.cend());
    paths.sort();
    for (const CompiledRule &compiled : m_rules) {
        const CustomRule &rule = compiled.rule();
        QStringList matching;
        for (const QString &path : std::as_const(paths)) {
            if (compiled.matchesPath(path))
                matching.append(path);
        }
        switch (rule.kind) {
        case CustomRule::Kind::MustContain:
        case CustomRule::Kind::MustNotMatch: {
            const QSet<QString> checked = m_checked.value(rule.id);
            for (const QString &path : std::as_const(matching)) {
                if (!checked.contains(path)) {
                    sink.note(path,
                              tr("custom rule %1 could not check this file (binary or over the "
                                 "size limit)")
                                      .arg(rule.id));
                }
            }
            if (rule.kind == CustomRule::Kind::MustContain && matching.isEmpty()) {
                sink.report(makeFinding(rule,
                                        QString(),
                                        tr("no file matches '%1', so nothing shows it contains "
                                           "'%2'")
                                                .arg(shown(rule.file), shown(rule.pattern))));
            }
            break;
        }
        case CustomRule::Kind::FileExists:
            if (matching.isEmpty()) {
                sink.report(makeFinding(
                        rule, QString(), tr("no file matches '%1'").arg(shown(rule.file))));
            }
            break;
        case CustomRule::Kind::FileAbsent:
            for (const QString &path : std::as_const(matching)) {
                sink.report(makeFinding(rule,
                                        path,
                                        tr("%1 is present, but no file may match '%2'")
                                                .arg(path, shown(rule.file))));
            }
            break;
        }
    }
}

} // namespace greenlight

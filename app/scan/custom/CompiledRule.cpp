#include "CompiledRule.h"

#include <string>

#include <re2/re2.h>

#include <QCoreApplication>

namespace greenlight {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::CustomRuleAnalyzer)
};

} // namespace

Result<CompiledRule> CompiledRule::compile(const CustomRule &rule)
{
    auto glob = PathGlob::compile(rule.file);
    if (!glob) {
        return Error::make(Error::Code::InvalidArgument,
                           Text::tr("custom rule %1: invalid glob '%2': %3")
                                   .arg(rule.id, rule.file, glob.errorMessage()));
    }
    CompiledRule compiled;
    compiled.m_rule = rule;
    compiled.m_glob = std::move(glob).value();
    if (rule.kind == CustomRule::Kind::MustContain)
        compiled.m_text = rule.pattern.toUtf8();
    if (rule.kind == CustomRule::Kind::MustNotMatch) {
        RE2::Options options;
        options.set_log_errors(false);
        auto regex = std::make_shared<const RE2>(rule.pattern.toStdString(), options);
        if (!regex->ok()) {
            return Error::make(
                    Error::Code::InvalidArgument,
                    Text::tr("custom rule %1: invalid regular expression '%2': %3")
                            .arg(rule.id, rule.pattern, QString::fromStdString(regex->error())));
        }
        compiled.m_regex = std::move(regex);
    }
    return compiled;
}

bool CompiledRule::readsContent() const
{
    return m_rule.kind == CustomRule::Kind::MustContain
           || m_rule.kind == CustomRule::Kind::MustNotMatch;
}

bool CompiledRule::contains(const QByteArray &content) const
{
    return content.contains(m_text);
}

QList<CompiledRule::LineMatch> CompiledRule::forbiddenMatches(const QByteArray &content,
                                                              int limit,
                                                              bool *more) const
{
    QList<LineMatch> matches;
    if (more)
        *more = false;
    if (!m_regex)
        return matches;
    int number = 0;
    qsizetype start = 0;
    while (start < content.size()) {
        qsizetype end = content.indexOf('\n', start);
        if (end < 0)
            end = content.size();
        ++number;
        qsizetype length = end - start;
        if (length > 0 && content.at(start + length - 1) == '\r')
            --length; // CRLF: `$` means the end of the text, not before the '\r'
        const re2::StringPiece line(content.constData() + start, size_t(length));
        re2::StringPiece match;
        if (m_regex->Match(line, 0, line.size(), RE2::UNANCHORED, &match, 1)) {
            if (matches.size() == limit) {
                if (more)
                    *more = true;
                break;
            }
            matches.append(
                    {number, qsizetype(match.data() - line.data()), qsizetype(match.size())});
        }
        start = end + 1;
    }
    return matches;
}

} // namespace greenlight

#pragma once

#include <memory>
#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include "domain/CustomRule.h"
#include "domain/Result.h"
#include "templates/PathGlob.h"

namespace re2 {
class RE2;
}

namespace greenlight {

// One template-declared rule made ready to run: its glob compiled, its must_not_match
// regex compiled with RE2 (linear time: a hostile pattern such as (a+)+$ cannot hang a
// scan). Immutable after compile(), so matching is safe from several threads.
class CompiledRule
{
public:
    // A match of a must_not_match regex: 1-based line, byte span within the line's UTF-8.
    struct LineMatch
    {
        int line = 0;
        qsizetype start = 0;
        qsizetype length = 0;
    };

    // Errors only for rules that did not come through the TemplateLoader (which refuses
    // bad globs and regexes with a position).
    static Result<CompiledRule> compile(const CustomRule &rule);

    const CustomRule &rule() const { return m_rule; }
    // Whether analyze() must read the files the glob matches (must_contain, must_not_match).
    bool readsContent() const;
    bool matchesPath(QStringView path) const { return m_glob->matches(path); }
    // must_contain: the text occurs in the content (plain, case-sensitive).
    bool contains(const QByteArray &content) const;
    // must_not_match: the first `limit` matching lines, and whether there were more.
    QList<LineMatch> forbiddenMatches(const QByteArray &content, int limit, bool *more) const;

private:
    CompiledRule() = default;

    CustomRule m_rule;
    std::optional<PathGlob> m_glob;
    QByteArray m_text;                       // must_contain, as UTF-8
    std::shared_ptr<const re2::RE2> m_regex; // must_not_match
};

} // namespace greenlight

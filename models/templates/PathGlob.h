#pragma once

#include <memory>
#include <string_view>

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include "domain/Result.h"

namespace re2 {
class RE2;
}

namespace greenlight {

// The path globs of custom template rules (`file:`, `file_exists:`, `file_absent:`),
// matched against '/'-separated paths relative to the repository root (docs/templates.md):
//   `*` any run of characters within one path segment, `?` one character (not '/'),
//   `[abc]`, `[a-z]`, `[!a-z]` one character of a set, `\x` a literal x,
//   `**` as a whole segment: any number of segments (`**/x`, `a/**/x`, `a/**`).
// Every glob is anchored at the root: `entrypoint.sh` names the root's file only, and
// `**/entrypoint.sh` one at any depth (simpler than gitignore, where a name without '/'
// floats). A leading `/` or `./` is allowed and changes nothing; `dir/` means `dir/**`.
// Lives in models/ because the template loader validates globs; the scanner matches with it.
// Compiled into an RE2 program, so matching is linear in the path and thread-safe.
class PathGlob
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::PathGlob)

public:
    // An Error (InvalidArgument) says what is wrong: "'[' at character 5 is never closed".
    static Result<PathGlob> compile(const QString &pattern);

    const QString &pattern() const { return m_pattern; }
    bool matches(QStringView path) const;
    bool matchesUtf8(std::string_view path) const;

private:
    PathGlob() = default;

    QString m_pattern;
    std::shared_ptr<const re2::RE2> m_regex; // shared: RE2 is immutable and not copyable
};

} // namespace greenlight

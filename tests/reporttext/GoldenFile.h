#pragma once

#include <QByteArray>
#include <QString>

namespace greenlight::test {

// Compares a writer's output with a committed golden file in tests/reporttext/golden/.
// To accept an intended change, regenerate the goldens and review the diff:
//   GREENLIGHT_UPDATE_GOLDEN=1 ctest -R 'tst_(Markdown|Json)ReportWriter'
// With that variable set the file is rewritten and the comparison passes.
class GoldenFile
{
public:
    // Empty when equal (or just updated); otherwise the first differing line, both versions.
    static QString compare(const QByteArray &actual, const QString &name);
    static QString path(const QString &name);
};

} // namespace greenlight::test

#include "GoldenFile.h"

#include <QFile>
#include <QList>

using namespace Qt::StringLiterals;

namespace greenlight::test {

QString GoldenFile::path(const QString &name)
{
    return QStringLiteral(GREENLIGHT_SOURCE_DIR) + u"/tests/reporttext/golden/"_s + name;
}

QString GoldenFile::compare(const QByteArray &actual, const QString &name)
{
    QFile file(path(name));
    if (qEnvironmentVariableIntValue("GREENLIGHT_UPDATE_GOLDEN") == 1) {
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return u"cannot write %1: %2"_s.arg(file.fileName(), file.errorString());
        file.write(actual);
        return {};
    }
    if (!file.open(QIODevice::ReadOnly))
        return u"cannot read %1: %2"_s.arg(file.fileName(), file.errorString());
    const QByteArray expected = file.readAll();
    if (expected == actual)
        return {};
    const QList<QByteArray> want = expected.split('\n');
    const QList<QByteArray> got = actual.split('\n');
    qsizetype line = 0;
    while (line < want.size() && line < got.size() && want[line] == got[line])
        ++line;
    return u"%1 differs from the output at line %2:\n  golden: %3\n  output: %4\n(if the change "
           "is intended, regenerate with GREENLIGHT_UPDATE_GOLDEN=1 and review the diff)"_s.arg(
                   file.fileName(),
                   QString::number(line + 1),
                   line < want.size() ? QString::fromUtf8(want[line]) : u"<end of file>"_s,
                   line < got.size() ? QString::fromUtf8(got[line]) : u"<end of file>"_s);
}

} // namespace greenlight::test

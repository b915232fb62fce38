#include "PackageJsonParser.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace greenlight {

namespace {

const QStringList &sections()
{
    static const QStringList names = {u"dependencies"_s,
                                      u"devDependencies"_s,
                                      u"peerDependencies"_s,
                                      u"optionalDependencies"_s};
    return names;
}

// End of the JSON string starting at the quote at pos (index of the closing quote).
qsizetype stringEnd(const QByteArray &text, qsizetype pos)
{
    for (qsizetype i = pos + 1; i < text.size(); ++i) {
        if (text[i] == '\\')
            ++i;
        else if (text[i] == '"')
            return i;
    }
    return text.size();
}

} // namespace

Result<QList<DeclaredDependency>> PackageJsonParser::parse(const QByteArray &content)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(content, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return Error::make(Error::Code::InvalidArgument,
                           QCoreApplication::translate("greenlight::PackageJsonParser",
                                                       "not valid JSON (%1 at offset %2)")
                                   .arg(error.errorString())
                                   .arg(error.offset));
    }
    const QJsonObject root = document.object();

    QList<DeclaredDependency> result;
    int depth = 0;
    int line = 1;
    qsizetype lineStart = 0;
    QString topKey;         // the top-level key whose value is being read
    bool inSection = false; // depth 2 is the object value of one of sections()
    for (qsizetype i = 0; i < content.size(); ++i) {
        const char c = content[i];
        if (c == '\n') {
            ++line;
            lineStart = i + 1;
        } else if (c == '{' || c == '[') {
            ++depth;
            if (depth == 2)
                inSection = c == '{' && sections().contains(topKey);
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == '"') {
            const qsizetype end = stringEnd(content, i);
            qsizetype after = end + 1;
            while (after < content.size()
                   && (content[after] == ' ' || content[after] == '\t' || content[after] == '\r'
                       || content[after] == '\n'))
                ++after;
            const bool isKey = after < content.size() && content[after] == ':';
            if (isKey) {
                const QString key = QString::fromUtf8(content.mid(i + 1, end - i - 1));
                if (depth == 1) {
                    topKey = key;
                } else if (depth == 2 && inSection && root.value(topKey).toObject().contains(key)) {
                    DeclaredDependency dependency;
                    dependency.name = key;
                    dependency.line = line;
                    dependency.column = int(i - lineStart) + 1;
                    qsizetype lineEnd = content.indexOf('\n', i);
                    if (lineEnd < 0)
                        lineEnd = content.size();
                    dependency.lineText
                            = QString::fromUtf8(content.mid(lineStart, lineEnd - lineStart))
                                      .trimmed();
                    dependency.section = topKey;
                    dependency.production = topKey == "dependencies"_L1;
                    result.append(dependency);
                }
            }
            i = end; // strings never contain raw newlines in valid JSON
        }
    }
    return result;
}

} // namespace greenlight

#include "PyprojectParser.h"

#include <QRegularExpression>
#include <QStringList>

#include "RequirementsParser.h"

using namespace Qt::StringLiterals;

namespace greenlight {

namespace {

enum class Mode {
    None,
    ProjectTable,  // [project]: only the `dependencies` array
    ArraysOfTable, // every `key = [...]` holds requirement strings
    DevArrayKey,   // only `dev-dependencies = [...]` ([tool.uv])
    NameTable,     // keys are package names ([tool.poetry.dependencies], [packages])
};

struct Table
{
    Mode mode = Mode::None;
    bool production = false;
};

// Cuts a '#' comment that is outside quoted strings.
QStringView stripComment(QStringView line)
{
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (!quote.isNull()) {
            if (c == u'\\' && quote == u'"')
                ++i;
            else if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'#') {
            return line.left(i);
        }
    }
    return line;
}

QString unquoted(QStringView key)
{
    key = key.trimmed();
    if (key.size() >= 2 && (key.front() == u'"' || key.front() == u'\'')
        && key.back() == key.front())
        key = key.mid(1, key.size() - 2);
    return key.toString();
}

Table tableFor(const QString &header, PyprojectParser::Flavor flavor)
{
    if (flavor == PyprojectParser::Flavor::Pipfile) {
        if (header == "packages"_L1)
            return {Mode::NameTable, true};
        if (header == "dev-packages"_L1)
            return {Mode::NameTable, false};
        return {};
    }
    if (header == "project"_L1)
        return {Mode::ProjectTable, true};
    if (header == "project.optional-dependencies"_L1 || header == "dependency-groups"_L1
        || header == "tool.pdm.dev-dependencies"_L1)
        return {Mode::ArraysOfTable, false};
    if (header == "tool.uv"_L1)
        return {Mode::DevArrayKey, false};
    if (header == "tool.poetry.dependencies"_L1)
        return {Mode::NameTable, true};
    if (header == "tool.poetry.dev-dependencies"_L1)
        return {Mode::NameTable, false};
    static const QRegularExpression group(u"^tool\\.poetry\\.group\\.([^.]+)\\.dependencies$"_s);
    if (const auto match = group.match(header); match.hasMatch())
        return {Mode::NameTable, unquoted(match.capturedView(1)) == "main"_L1};
    return {};
}

class Reader
{
public:
    Reader(QList<DeclaredDependency> &out)
        : m_out(out)
    {}

    // Reads requirement strings from line[from..]; returns true when the array closed.
    bool readArray(QStringView line, qsizetype from, int lineNumber)
    {
        for (qsizetype i = from; i < line.size(); ++i) {
            const QChar c = line[i];
            if (c == u']')
                return true;
            if (c != u'"' && c != u'\'')
                continue;
            qsizetype end = i + 1;
            while (end < line.size() && line[end] != c)
                end += (line[end] == u'\\' && c == u'"') ? 2 : 1;
            const QString name = RequirementsParser::requirementName(line.mid(i + 1, end - i - 1));
            if (!name.isEmpty())
                add(name, line, lineNumber, int(i) + 2);
            i = end;
        }
        return false;
    }

    void add(const QString &name, QStringView line, int lineNumber, int column)
    {
        DeclaredDependency dependency;
        dependency.name = name;
        dependency.line = lineNumber;
        dependency.column = column;
        dependency.lineText = line.trimmed().toString();
        dependency.section = m_section;
        dependency.production = m_production;
        m_out.append(dependency);
    }

    QString m_section;
    bool m_production = false;

private:
    QList<DeclaredDependency> &m_out;
};

} // namespace

QList<DeclaredDependency> PyprojectParser::parse(QStringView content, Flavor flavor)
{
    QList<DeclaredDependency> result;
    Reader reader(result);
    Table table;
    QString header;
    bool inArray = false;
    static const QRegularExpression optionalTrue(u"\\boptional\\s*=\\s*true\\b"_s);
    const QList<QStringView> lines = content.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringView raw = lines.at(i);
        const int lineNumber = int(i) + 1;
        if (inArray) {
            inArray = !reader.readArray(stripComment(raw), 0, lineNumber);
            continue;
        }
        const QStringView line = stripComment(raw).trimmed();
        if (line.startsWith(u'[')) {
            QStringView inside = line;
            while (inside.startsWith(u'['))
                inside = inside.mid(1);
            while (inside.endsWith(u']'))
                inside.chop(1);
            QStringList parts;
            for (const QStringView part : inside.split(u'.'))
                parts.append(unquoted(part));
            header = parts.join(u'.');
            table = tableFor(header, flavor);
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (table.mode == Mode::None || equals <= 0)
            continue;
        const QString key = unquoted(line.left(equals));
        const QStringView value = line.mid(equals + 1).trimmed();
        const bool arrayValue = value.startsWith(u'[');
        reader.m_production = table.production;
        switch (table.mode) {
        case Mode::ProjectTable:
            if (key != "dependencies"_L1 || !arrayValue)
                continue;
            reader.m_section = u"[project] dependencies"_s;
            break;
        case Mode::ArraysOfTable:
            if (!arrayValue)
                continue;
            reader.m_section = u"[%1] %2"_s.arg(header, key);
            break;
        case Mode::DevArrayKey:
            if (key != "dev-dependencies"_L1 || !arrayValue)
                continue;
            reader.m_section = u"[%1] %2"_s.arg(header, key);
            break;
        case Mode::NameTable:
            if (key.compare("python"_L1, Qt::CaseInsensitive) == 0)
                continue;
            reader.m_section = u"[%1]"_s.arg(header);
            reader.m_production = table.production && !optionalTrue.match(value).hasMatch();
            reader.add(key, raw, lineNumber, int(raw.indexOf(key)) + 1);
            continue;
        case Mode::None:
            continue;
        }
        const qsizetype open = raw.indexOf(u'[', raw.indexOf(u'='));
        inArray = !reader.readArray(stripComment(raw), open + 1, lineNumber);
    }
    return result;
}

} // namespace greenlight

#include "RequirementsParser.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace greenlight {

namespace {

// Comments start at a '#' at the line start or after whitespace (a '#' inside a URL
// fragment like "#egg=" is not one).
QStringView stripComment(QStringView line)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == u'#' && (i == 0 || line[i - 1].isSpace()))
            return line.left(i);
    }
    return line;
}

// "-r base.txt", "-rbase.txt", "--requirement base.txt", "--requirement=base.txt"
QString includeTarget(QStringView option)
{
    QStringView rest;
    if (option.startsWith(u"--requirement"))
        rest = option.mid(13);
    else if (option.startsWith(u"-r"))
        rest = option.mid(2);
    else
        return {};
    rest = rest.trimmed();
    if (rest.startsWith(u'='))
        rest = rest.mid(1).trimmed();
    return rest.toString();
}

QStringList words(QStringView text)
{
    static const QRegularExpression separators(u"[-_.]+"_s);
    return text.toString().split(separators, Qt::SkipEmptyParts);
}

} // namespace

RequirementsFile RequirementsParser::parse(QStringView content)
{
    RequirementsFile file;
    const QList<QStringView> lines = content.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const qsizetype first = i;
        QString logical = lines.at(i).toString();
        if (logical.endsWith(u'\r'))
            logical.chop(1);
        while (logical.endsWith(u'\\') && i + 1 < lines.size()) {
            logical.chop(1);
            QString next = lines.at(++i).toString();
            if (next.endsWith(u'\r'))
                next.chop(1);
            logical += next;
        }
        const QStringView body = stripComment(logical).trimmed();
        if (body.isEmpty())
            continue;
        const QString firstLine = lines.at(first).trimmed().toString();
        if (body.startsWith(u'-')) {
            const QString target = includeTarget(body);
            if (!target.isEmpty())
                file.includes.append({target, int(first) + 1, firstLine});
            continue; // -c constraints, -e editables, index options: not installed names
        }
        const QString name = requirementName(body);
        if (name.isEmpty())
            continue;
        DeclaredDependency dependency;
        dependency.name = name;
        dependency.line = int(first) + 1;
        dependency.column = int(lines.at(first).indexOf(name)) + 1;
        dependency.lineText = firstLine;
        dependency.section = u"requirements"_s;
        dependency.production = true;
        file.requirements.append(dependency);
    }
    return file;
}

QString RequirementsParser::requirementName(QStringView requirement)
{
    const QStringView text = requirement.trimmed();
    for (const QStringView prefix :
         {u"git+", u"hg+", u"svn+", u"bzr+", u"http:", u"https:", u"file:", u"./", u"../"}) {
        if (text.startsWith(prefix))
            return {};
    }
    qsizetype end = 0;
    while (end < text.size()
           && (text[end].isLetterOrNumber() || text[end] == u'.' || text[end] == u'-'
               || text[end] == u'_'))
        ++end;
    while (end > 0 && !text[end - 1].isLetterOrNumber())
        --end;
    if (end == 0 || !text[0].isLetterOrNumber())
        return {};
    if (end < text.size()) {
        const QChar next = text[end];
        if (!next.isSpace() && !u"[<>=!~;@,("_s.contains(next))
            return {};
    }
    return text.left(end).toString();
}

QString RequirementsParser::normalizedName(QStringView name)
{
    static const QRegularExpression separators(u"[-_.]+"_s);
    return name.toString().toLower().replace(separators, u"-"_s);
}

bool RequirementsParser::isRequirementsFile(QStringView path)
{
    const QString lower = path.toString().toLower();
    if (!lower.endsWith(".txt"_L1) && !lower.endsWith(".in"_L1))
        return false;
    const qsizetype slash = lower.lastIndexOf(u'/');
    if (QStringView(lower).mid(slash + 1).contains("requirements"_L1))
        return true;
    const qsizetype parentStart = lower.lastIndexOf(u'/', slash - 1) + 1;
    return slash > 0
           && QStringView(lower).mid(parentStart, slash - parentStart).contains("requirements"_L1);
}

RequirementsParser::Role RequirementsParser::role(QStringView path)
{
    static const QSet<QString> devWords = {
            u"dev"_s,       u"devel"_s,      u"develop"_s, u"development"_s, u"test"_s, u"tests"_s,
            u"testing"_s,   u"ci"_s,         u"lint"_s,    u"linting"_s,     u"docs"_s, u"doc"_s,
            u"local"_s,     u"tox"_s,        u"qa"_s,      u"typing"_s,      u"e2e"_s,  u"bench"_s,
            u"benchmark"_s, u"benchmarks"_s, u"example"_s, u"examples"_s,    u"debug"_s};
    static const QSet<QString> devDirectories = {u"docs"_s,
                                                 u"doc"_s,
                                                 u"test"_s,
                                                 u"tests"_s,
                                                 u"testing"_s,
                                                 u"e2e"_s,
                                                 u"ci"_s,
                                                 u".github"_s,
                                                 u"examples"_s,
                                                 u"example"_s,
                                                 u"bench"_s,
                                                 u"benchmarks"_s,
                                                 u"dev"_s};
    static const QSet<QString> prodWords = {u"base"_s,
                                            u"common"_s,
                                            u"main"_s,
                                            u"runtime"_s,
                                            u"deploy"_s,
                                            u"release"_s,
                                            u"default"_s,
                                            u"core"_s,
                                            u"install"_s};

    const QStringList parts = path.toString().toLower().split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return Role::Unknown;
    QString stem = parts.last();
    stem = stem.left(stem.lastIndexOf(u'.'));
    const QStringList stemWords = words(stem);
    for (const QString &word : stemWords) {
        if (devWords.contains(word))
            return Role::Development;
    }
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        if (devDirectories.contains(parts.at(i)))
            return Role::Development;
    }
    if (stem == "requirements"_L1)
        return Role::Production;
    const bool inRequirementsDir
            = parts.size() >= 2 && parts.at(parts.size() - 2).contains("requirements"_L1);
    for (const QString &word : stemWords) {
        // "prod", "production", "prd" — but not "products", which names a feature.
        if (word == "prod"_L1 || word == "production"_L1 || word == "prd"_L1)
            return Role::Production;
        if (inRequirementsDir && prodWords.contains(word))
            return Role::Production;
    }
    return Role::Unknown;
}

} // namespace greenlight

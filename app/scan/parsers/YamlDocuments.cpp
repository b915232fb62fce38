#include "YamlDocuments.h"

#include <exception>
#include <string>
#include <vector>

#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/node/impl.h>
#include <yaml-cpp/node/parse.h>

namespace greenlight {
namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

// A `---` at the start of a line (followed by a blank or the line end) opens a document.
// YAML forbids that sequence at column 0 inside block and quoted scalars, so cutting the
// file there never splits a value.
bool isDocumentStart(const QByteArray &content, qsizetype lineStart, qsizetype lineEnd)
{
    if (lineEnd - lineStart < 3 || !content.sliced(lineStart, 3).startsWith("---"))
        return false;
    return lineEnd - lineStart == 3 || isBlank(content.at(lineStart + 3));
}

// Comments, blank lines and directives (%YAML) before a `---` belong to the next piece.
bool hasContent(const QByteArray &content, qsizetype begin, qsizetype end)
{
    qsizetype lineStart = begin;
    while (lineStart < end) {
        qsizetype lineEnd = content.indexOf('\n', lineStart);
        if (lineEnd < 0 || lineEnd > end)
            lineEnd = end;
        qsizetype i = lineStart;
        while (i < lineEnd && isBlank(content.at(i)))
            ++i;
        if (i < lineEnd && content.at(i) != '#' && content.at(i) != '%')
            return true;
        lineStart = lineEnd + 1;
    }
    return false;
}

} // namespace

int YamlDocument::line(const YAML::Node &node) const
{
    if (!node.IsDefined())
        return 0;
    const YAML::Mark mark = node.Mark();
    return mark.line < 0 ? 0 : mark.line + lineOffset + 1;
}

int YamlDocument::column(const YAML::Node &node) const
{
    if (!node.IsDefined())
        return 0;
    const YAML::Mark mark = node.Mark();
    return mark.column < 0 ? 0 : mark.column + 1;
}

YamlDocuments YamlDocuments::parse(const QByteArray &content)
{
    YamlDocuments result;
    qsizetype pieceBegin = 0;
    int pieceLine = 0;
    int line = 0;
    qsizetype lineStart = 0;
    while (lineStart < content.size()) {
        qsizetype lineEnd = content.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = content.size();
        if (lineStart > pieceBegin && isDocumentStart(content, lineStart, lineEnd)
            && hasContent(content, pieceBegin, lineStart)) {
            result.parsePiece(content, pieceBegin, lineStart, pieceLine);
            pieceBegin = lineStart;
            pieceLine = line;
        }
        lineStart = lineEnd + 1;
        ++line;
    }
    if (pieceBegin < content.size())
        result.parsePiece(content, pieceBegin, content.size(), pieceLine);
    return result;
}

void YamlDocuments::parsePiece(const QByteArray &content,
                               qsizetype begin,
                               qsizetype end,
                               int lineOffset)
{
    if (end - begin > MaxDocumentBytes) {
        m_errors.append({lineOffset + 1,
                         1,
                         tr("YAML document larger than %1 MiB: not parsed")
                                 .arg(MaxDocumentBytes / (1024 * 1024))});
        return;
    }
    try {
        const std::vector<YAML::Node> nodes
                = YAML::LoadAll(std::string(content.constData() + begin, size_t(end - begin)));
        for (const YAML::Node &node : nodes) {
            if (!node.IsDefined() || node.IsNull())
                continue;
            m_documents.append({node, int(m_documents.size()), lineOffset});
        }
    } catch (const YAML::Exception &e) {
        const int line = e.mark.line < 0 ? lineOffset + 1 : e.mark.line + lineOffset + 1;
        m_errors.append({line,
                         e.mark.column < 0 ? 0 : e.mark.column + 1,
                         tr("YAML syntax error: %1").arg(QString::fromStdString(e.msg))});
    } catch (const std::exception &e) {
        m_errors.append({lineOffset + 1,
                         0,
                         tr("cannot parse YAML: %1").arg(QString::fromLocal8Bit(e.what()))});
    }
}

QString YamlDocuments::firstErrorText() const
{
    if (m_errors.isEmpty())
        return {};
    return tr("line %1: %2").arg(m_errors.first().line).arg(m_errors.first().message);
}

} // namespace greenlight

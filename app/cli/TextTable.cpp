#include "TextTable.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

constexpr qsizetype ColumnGap = 2;

// A cell must stay on its line or the columns fall apart.
QString singleLine(QString text)
{
    text.replace(u'\r', u' ');
    text.replace(u'\n', u' ');
    text.replace(u'\t', u' ');
    return text;
}

} // namespace

TextTable::TextTable(const QStringList &headers)
    : m_alignment(headers.size(), Align::Left)
{
    m_lines.append({Kind::Header, headers});
}

void TextTable::setAlignment(int column, Align align)
{
    if (column >= 0 && column < m_alignment.size())
        m_alignment[column] = align;
}

void TextTable::addRow(const QStringList &cells)
{
    QStringList row;
    for (qsizetype i = 0; i < m_alignment.size(); ++i)
        row.append(i < cells.size() ? singleLine(cells.at(i)) : QString());
    m_lines.append({Kind::Row, row});
    ++m_rowCount;
}

void TextTable::addDetail(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return;
    const QStringList lines = trimmed.split(u'\n');
    for (const QString &line : lines)
        m_lines.append({Kind::Detail, {singleLine(line).trimmed()}});
}

void TextTable::addHeading(const QString &text)
{
    m_lines.append({Kind::Heading, {singleLine(text)}});
}

QString TextTable::render() const
{
    QList<qsizetype> widths(m_alignment.size(), 0);
    for (const Line &line : m_lines) {
        if (line.kind != Kind::Header && line.kind != Kind::Row)
            continue;
        for (qsizetype i = 0; i < line.cells.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], line.cells.at(i).size());
    }
    const qsizetype detailIndent = widths.isEmpty() ? 0 : widths.first() + ColumnGap;

    QString text;
    for (const Line &line : m_lines) {
        QString out;
        switch (line.kind) {
        case Kind::Header:
        case Kind::Row:
            for (qsizetype i = 0; i < widths.size(); ++i) {
                const QString cell = line.cells.value(i);
                const bool last = i == widths.size() - 1;
                if (i > 0)
                    out += QString(ColumnGap, u' ');
                if (m_alignment.at(i) == Align::Right)
                    out += cell.rightJustified(widths.at(i));
                else
                    out += last ? cell : cell.leftJustified(widths.at(i));
            }
            break;
        case Kind::Detail:
            if (!line.cells.first().isEmpty())
                out = QString(detailIndent, u' ') + line.cells.first();
            break;
        case Kind::Heading:
            // A blank line sets a heading off from the rows above it (not from the header).
            if (&line != &m_lines.first() && (&line - 1)->kind != Kind::Header)
                text += u'\n';
            out = line.cells.first();
            break;
        }
        while (out.endsWith(u' '))
            out.chop(1);
        text += out + u'\n';
    }
    return text;
}

} // namespace greenlight

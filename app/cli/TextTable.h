#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace greenlight {

// A plain-text table for terminals: columns padded to their widest cell, two spaces apart,
// no trailing blanks. Rows may carry detail lines (an item's note) printed indented below
// them, and headings (a section title) that span the table.
class TextTable
{
public:
    enum class Align { Left, Right };

    explicit TextTable(const QStringList &headers);

    void setAlignment(int column, Align align);
    void addRow(const QStringList &cells);
    // Printed under the last row, starting at the second column; multi-line text is split.
    void addDetail(const QString &text);
    // A line of its own, set off by a blank line from the rows above it.
    void addHeading(const QString &text);

    int rowCount() const { return m_rowCount; }
    QString render() const;

private:
    enum class Kind { Header, Row, Detail, Heading };
    struct Line
    {
        Kind kind;
        QStringList cells;
    };

    QList<Line> m_lines;
    QList<Align> m_alignment;
    int m_rowCount = 0;
};

} // namespace greenlight

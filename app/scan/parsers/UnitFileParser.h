#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace greenlight {

struct UnitEntry
{
    QString key;
    QString value; // continuation lines joined with a space, trimmed
    int line = 0;  // 1-based line of the key
};

struct UnitSection
{
    QString name; // "Service" for [Service]
    int line = 0;
    QList<UnitEntry> entries; // in file order; a key may repeat
};

// A parsed systemd unit file (or drop-in). Keys repeat: for single-valued settings the
// last assignment wins, and an empty assignment resets the setting to its default.
struct UnitFile
{
    QList<UnitSection> sections; // in file order; a section may appear more than once

    // The effective entry of a single-valued key in every section called `section`:
    // the last assignment, or nullptr when unset (or reset by an empty assignment).
    const UnitEntry *last(const QString &section, const QString &key) const;
    // The first [section] header, or nullptr.
    const UnitSection *section(const QString &name) const;
};

// Reads systemd's INI dialect (systemd.syntax(7)): [Section] headers, Key=Value with blanks
// around '=', '#' and ';' comment lines, and backslash line continuations (comment lines
// inside a continuation are skipped). Never fails; malformed lines are ignored.
class UnitFileParser
{
public:
    static UnitFile parse(const QString &text);
};

} // namespace greenlight

#include "UnitFileParser.h"

#include "TextLines.h"

namespace greenlight {
namespace {

bool isComment(QStringView trimmed)
{
    return trimmed.startsWith(u'#') || trimmed.startsWith(u';');
}

} // namespace

const UnitEntry *UnitFile::last(const QString &sectionName, const QString &key) const
{
    const UnitEntry *result = nullptr;
    for (const UnitSection &s : sections) {
        if (s.name != sectionName)
            continue;
        for (const UnitEntry &entry : s.entries) {
            if (entry.key == key)
                result = entry.value.isEmpty() ? nullptr : &entry;
        }
    }
    return result;
}

const UnitSection *UnitFile::section(const QString &name) const
{
    for (const UnitSection &s : sections) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

UnitFile UnitFileParser::parse(const QString &text)
{
    UnitFile unit;
    const TextLines lines(text);
    for (int number = 1; number <= lines.count(); ++number) {
        const QStringView trimmed = lines.line(number).trimmed();
        if (trimmed.isEmpty() || isComment(trimmed))
            continue;
        if (trimmed.startsWith(u'[')) {
            const qsizetype close = trimmed.indexOf(u']');
            if (close > 1)
                unit.sections.append({trimmed.sliced(1, close - 1).toString(), number, {}});
            continue;
        }
        const qsizetype equals = trimmed.indexOf(u'=');
        if (equals <= 0 || unit.sections.isEmpty())
            continue; // not an assignment, or one before any section: systemd ignores it
        UnitEntry entry;
        entry.key = trimmed.left(equals).trimmed().toString();
        entry.line = number;
        QString value = trimmed.sliced(equals + 1).trimmed().toString();
        bool continued = value.endsWith(u'\\');
        if (continued)
            value.chop(1);
        while (continued && number < lines.count()) {
            ++number;
            QStringView next = lines.line(number).trimmed();
            if (isComment(next))
                continue; // comments inside a continuation are skipped, the value goes on
            continued = next.endsWith(u'\\');
            if (continued)
                next.chop(1);
            value += u' ';
            value += next;
        }
        entry.value = value.trimmed();
        unit.sections.last().entries.append(entry);
    }
    return unit;
}

} // namespace greenlight

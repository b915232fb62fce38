#pragma once

#include <QList>
#include <QStringList>

#include "scan/FindingSink.h"

namespace greenlight {

// Collects what the analyzers report for one unit of work (one file, or one analyzer's
// finish()) on one thread, so the engine can number duplicate findings in line order
// before handing them on. Not thread-safe: one per unit of work.
class BufferedFindingSink final : public FindingSink
{
public:
    void report(Finding finding) override { m_findings.append(std::move(finding)); }
    void note(const QString &path, const QString &message) override;

    QList<Finding> &findings() { return m_findings; }
    const QStringList &notes() const { return m_notes; }
    bool isEmpty() const { return m_findings.isEmpty() && m_notes.isEmpty(); }
    void clear();

    static QString formatNote(const QString &path, const QString &message);

private:
    QList<Finding> m_findings;
    QStringList m_notes;
};

} // namespace greenlight

#pragma once

#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QPair>

#include "scan/FindingSink.h"

namespace greenlight::test {

// Keeps everything an analyzer reports, for assertions.
class CollectingSink : public FindingSink
{
public:
    void report(Finding finding) override
    {
        const QMutexLocker locker(&m_mutex);
        findings.append(std::move(finding));
    }
    void note(const QString &path, const QString &message) override
    {
        const QMutexLocker locker(&m_mutex);
        notes.append({path, message});
    }

    QList<Finding> withRule(const QString &ruleId) const
    {
        QList<Finding> result;
        for (const Finding &finding : findings) {
            if (finding.ruleId == ruleId)
                result.append(finding);
        }
        return result;
    }

    QList<Finding> findings;
    QList<QPair<QString, QString>> notes;

private:
    QMutex m_mutex;
};

} // namespace greenlight::test

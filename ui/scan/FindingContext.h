#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

#include "domain/Finding.h"

namespace greenlight {

// The lines around a finding, as the detail view shows them. Built on a worker thread by
// FindingContext::read(); never holds a secret in clear: the finding's own lines show the
// analyzer's redacted snippet, and every other line has its secret-looking values masked.
struct FindingContext
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::FindingContext)

public:
    int firstLine = 0;      // number of lines.first(); 0 when there are no lines
    QStringList lines;      // already redacted, each cut to MaxLineLength
    int findingLine = 0;    // the highlighted line (within firstLine .. firstLine+size-1)
    int findingEndLine = 0; // last line of a multi-line finding (== findingLine otherwise)
    QString note;           // why the context is missing or may be stale; empty when fine

    static constexpr int DefaultRadius = 6;
    static constexpr int MaxLineLength = 240;
    // Files are never read past this much; a finding deeper in a bigger file shows its
    // snippet only.
    static constexpr qint64 MaxReadBytes = 4 * 1024 * 1024;

    // Blocking: reads root/finding.location.path. Call it off the GUI thread.
    static FindingContext read(const QString &root,
                               const Finding &finding,
                               int radius = DefaultRadius);

    // Masks what could be a secret in a line the scanner did not flag: the value of a
    // password/secret/token/key assignment and any long high-entropy token.
    static QString maskSecrets(QStringView line);
};

} // namespace greenlight

#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QString>

#include "store/SignoffRecords.h"

class QStyle;

namespace greenlight {

// How the evidence panel shows each kind of evidence: its icon, its name, and whether its
// content previews as text.
class EvidenceKinds
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::EvidenceKinds)

public:
    static QIcon icon(const QStyle *style, EvidenceKind kind);
    static QString name(EvidenceKind kind);
    static bool isTextLike(const EvidenceRecord &record);
};

} // namespace greenlight

#include "EvidenceKinds.h"

#include <QStyle>

#include "report/ReportText.h"
#include "store/SignoffRecords.h"

using namespace Qt::StringLiterals;

namespace greenlight {

QIcon EvidenceKinds::icon(const QStyle *style, EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::File:
        return style->standardIcon(QStyle::SP_FileIcon);
    case EvidenceKind::Url:
        return style->standardIcon(QStyle::SP_DriveNetIcon);
    case EvidenceKind::CommandOutput:
        return style->standardIcon(QStyle::SP_ComputerIcon);
    case EvidenceKind::RepositoryReference:
        return style->standardIcon(QStyle::SP_FileDialogDetailedView);
    case EvidenceKind::Note:
        return style->standardIcon(QStyle::SP_FileDialogContentsView);
    case EvidenceKind::Finding:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    }
    return {};
}

QString EvidenceKinds::name(EvidenceKind kind)
{
    // The packs' wording, so the panel and the approval pack call each kind the same.
    return ReportText::evidenceKindName(evidenceKindKey(kind));
}

bool EvidenceKinds::isTextLike(const EvidenceRecord &record)
{
    return record.kind == EvidenceKind::CommandOutput || record.mimeType.startsWith(u"text/"_s)
           || record.mimeType == u"application/json"_s || record.mimeType.endsWith(u"+xml"_s)
           || record.mimeType == u"application/x-yaml"_s;
}

} // namespace greenlight

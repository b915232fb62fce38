#pragma once

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>

#include "domain/Result.h"

namespace greenlight {

// Adds a document outline (the bookmarks pane) and in-document links to a PDF written by
// QPdfWriter. Qt 6.4 has no API for either: QPdfWriter writes links only as URI actions and
// no /Outlines at all. So this appends a standard PDF incremental update (ISO 32000-1,
// 7.5.6): new outline and link-annotation objects, a new catalog that points at the
// outline, the pages' annotation arrays with the links added, an xref section for just
// those objects and a trailer with /Prev. The original bytes are left as they are, so a
// reader that ignored the update would still see a valid file. Everything it relies on
// (the xref table, the trailer's /Root, the catalog's /Pages, each page's /MediaBox and
// /Annots array) is checked first; when anything is not as expected it changes nothing and
// says why, and the pack is still written, without bookmarks.
class PdfOutlineWriter
{
public:
    struct Entry
    {
        QString title;
        int level = 1; // 1 = section, 2 = under the last section
        int page = 0;  // 0-based
        qreal top = 0; // points from the top of the page
    };

    struct Link
    {
        int page = 0; // where the clickable area is (0-based)
        QRectF area;  // points, from the top left of the page
        int targetPage = 0;
        qreal targetTop = 0; // points from the top of the target page
    };

    // On error pdf is unchanged and the message says what was not as expected.
    static Result<void> apply(QByteArray &pdf,
                              const QList<Entry> &entries,
                              const QList<Link> &links);
};

} // namespace greenlight

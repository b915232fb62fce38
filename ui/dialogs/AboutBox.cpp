#include "AboutBox.h"

#include <QMessageBox>

#include "core/LibraryVersions.h"
#include <greenlight/Version.h>

using namespace Qt::StringLiterals;

namespace greenlight {

void AboutBox::show(QWidget *parent)
{
    // Bug reports need the library versions; the SQLite one is the driver's, asked at run time.
    QString libraries;
    for (const LibraryVersions::Library &library : LibraryVersions::all()) {
        libraries += u"<tr><td>%1</td><td>%2</td></tr>"_s.arg(
                library.name.toHtmlEscaped(),
                library.version.isEmpty() ? tr("not available") : library.version.toHtmlEscaped());
    }
    QMessageBox::about(parent,
                       tr("About Greenlight"),
                       tr("<h3>Greenlight %1</h3>"
                          "<p>Release-readiness assessments and go-live sign-off.</p>"
                          "<p>Built with Qt %2. Running on:</p><table>%3</table>")
                               .arg(QString::fromLatin1(VersionString),
                                    QStringLiteral(QT_VERSION_STR),
                                    libraries));
}

} // namespace greenlight

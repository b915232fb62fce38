#include "LibraryVersions.h"

#include <spdlog/version.h>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace greenlight {

QList<LibraryVersions::Library> LibraryVersions::all()
{
    return {{u"Qt"_s, qt()},
            {u"SQLite"_s, sqlite()},
            {u"yaml-cpp"_s, yamlCpp()},
            {u"spdlog"_s, spdlog()}};
}

QString LibraryVersions::qt()
{
    return QString::fromLatin1(qVersion());
}

QString LibraryVersions::sqlite()
{
    QString version;
    const QString name = u"greenlight-version-"_s + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(u":memory:"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"SELECT sqlite_version()"_s) && query.next())
                version = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

QString LibraryVersions::yamlCpp()
{
    return QStringLiteral(GREENLIGHT_YAML_CPP_VERSION);
}

QString LibraryVersions::spdlog()
{
    return u"%1.%2.%3"_s.arg(SPDLOG_VER_MAJOR).arg(SPDLOG_VER_MINOR).arg(SPDLOG_VER_PATCH);
}

} // namespace greenlight

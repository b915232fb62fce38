#include "Identity.h"

#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace greenlight {

QString currentActor()
{
    for (const char *name : {"GREENLIGHT_USER", "USER", "LOGNAME", "USERNAME"}) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return u"unknown"_s;
}

} // namespace greenlight

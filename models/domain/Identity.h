#pragma once

#include <QString>

namespace greenlight {

// Who is acting, for audit events: $GREENLIGHT_USER, else the login name, else "unknown".
QString currentActor();

} // namespace greenlight

#pragma once

#include <QString>

namespace greenlight::Logging {

// GUI: a rotating log file (1 MiB x 3) in AppPaths::logDirectory(), level info.
void initForGui();
// CLI: stderr only, warnings unless verbose (-v), then debug.
void initForCli(bool verbose);

} // namespace greenlight::Logging

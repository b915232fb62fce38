#pragma once

#include <QByteArray>
#include <QCoreApplication>

namespace greenlight {

class ProblemSink;

// Screens raw template bytes before they reach yaml-cpp, which would happily parse binary
// garbage (it replaces invalid UTF-8) and scans a whole flow collection ("[1,1,1,...]")
// ahead before it reports its first event, so the event pre-scan cannot stop it in time.
class YamlInputGuard
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::TemplateLoader)

public:
    // An upper bound on the entries of flow collections: every entry after the first is
    // preceded by a comma and every collection opens with a bracket. Prose never comes
    // close: 1 MiB of English has roughly 15,000 commas.
    static constexpr int MaxFlowIndicators = 50000;

    // Reports the first offending byte (with its position) and returns false when the
    // bytes are not plain UTF-8 text or hold a flow collection too large to parse quickly.
    static bool check(const QByteArray &data, ProblemSink &sink);
};

} // namespace greenlight

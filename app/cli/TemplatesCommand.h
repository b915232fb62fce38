#pragma once

#include "CliCommand.h"

namespace greenlight {

// `templates`: the templates `new` can use (built-in, the user's folder, --templates DIRs),
// as a table of id, version, item count and title. Broken template files are warnings.
class TemplatesCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::TemplatesCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString arguments() const override { return {}; }
    QString description() const override;

protected:
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace greenlight

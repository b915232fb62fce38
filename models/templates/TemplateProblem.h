#pragma once

#include <QList>
#include <QString>

namespace greenlight {

// One thing wrong with a template file, positioned for an editor: 1-based line and column
// (0 when the problem concerns the whole file, e.g. "file is larger than 1 MiB").
struct TemplateProblem
{
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    // "file:line:column: message" (or "file: message" without a position)
    QString toString() const;
    bool operator==(const TemplateProblem &) const = default;
};

using TemplateProblems = QList<TemplateProblem>;

} // namespace greenlight

#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

#include "TemplateProblem.h"
#include "domain/ChecklistTemplate.h"

namespace greenlight {

struct TemplateLoadResult
{
    std::optional<ChecklistTemplate> checklist; // set only when problems is empty
    TemplateProblems problems;                  // every problem found, in file order

    bool ok() const { return checklist.has_value() && problems.isEmpty(); }
};

// Parses and validates schema-v1 checklist templates (docs/templates.md). Reports every
// problem with file:line:column rather than stopping at the first. Hostile input never
// crashes or hangs it: files over MaxFileSize are refused unread, nesting deeper than
// MaxDepth, more than MaxNodes values and YAML anchors/aliases are refused.
class TemplateLoader
{
public:
    static constexpr qint64 MaxFileSize = 1024 * 1024;
    static constexpr int MaxDepth = 12;
    // YAML values (scalars and collections) per file; a shipped template has about a
    // thousand. Bounds the work a hostile file can cause within its 1 MiB.
    static constexpr int MaxNodes = 50000;

    TemplateLoadResult loadFile(const QString &path) const;
    // displayName is what problems name as their file.
    TemplateLoadResult loadData(const QByteArray &yaml, const QString &displayName) const;
};

} // namespace greenlight

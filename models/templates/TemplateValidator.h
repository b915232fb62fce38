#pragma once

#include <yaml-cpp/node/node.h>

#include <QCoreApplication>
#include <QHash>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>

#include "domain/ChecklistTemplate.h"

class QRegularExpression;

namespace greenlight {

class ProblemSink;
class YamlMapping;

// Walks the node tree of one template and checks it against schema v1 (docs/templates.md):
// required and allowed keys, types, enum values, id/tag/check shapes, ids unique within
// the template, no empty lists or sections. Reports every problem it finds to the sink
// instead of stopping at the first; only an unsupported `schema` version stops it, because
// the rest of such a file cannot be judged by these rules.
class TemplateValidator
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::TemplateLoader)

public:
    explicit TemplateValidator(ProblemSink &sink);

    // The template read from root; only meaningful when the sink stayed empty.
    ChecklistTemplate read(const YAML::Node &root);

private:
    bool checkSchemaVersion(const YAML::Node &root);
    TemplateSection readSection(const YAML::Node &node);
    TemplateItem readItem(const YAML::Node &node);
    SignoffRole readRole(const YAML::Node &node);

    QString readId(const YamlMapping &mapping,
                   const QRegularExpression &pattern,
                   const QString &kind,
                   const QString &hint,
                   QHash<QString, int> *firstLines);
    QStringList readStrings(const YamlMapping &mapping,
                            QLatin1StringView key,
                            const QRegularExpression *pattern,
                            const QString &kind,
                            const QString &hint);
    template<typename Read>
    void forEachMapping(const YAML::Node &sequence,
                        QLatin1StringView key,
                        const QString &expected,
                        Read read);

    ProblemSink &m_sink;
    QHash<QString, int> m_sectionLines; // id -> line of its first definition
    QHash<QString, int> m_itemLines;
    QHash<QString, int> m_roleLines;
};

} // namespace greenlight

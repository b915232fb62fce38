#pragma once

#include <string>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>

#include <QCoreApplication>

namespace greenlight {

class ProblemSink;

// First pass over a template: parses it into events only (no node tree) and refuses what
// would make building one dangerous or pointless: YAML anchors and aliases (billion laughs),
// nesting deeper than a template ever needs, more values than a template ever has, and a
// second document. Syntax errors surface here too. Stops at the first such problem.
class YamlPreScanner : public YAML::EventHandler
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::TemplateLoader)

public:
    YamlPreScanner(int maxDepth, int maxNodes, ProblemSink &sink);

    // True when the text is safe to load as nodes; otherwise the problem is in the sink.
    // documentCount() tells an empty file (0) from one with a document.
    bool scan(const std::string &yaml);
    int documentCount() const { return m_documents; }

    void OnDocumentStart(const YAML::Mark &mark) override;
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override;
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override;
    void OnScalar(const YAML::Mark &mark,
                  const std::string &tag,
                  YAML::anchor_t anchor,
                  const std::string &value) override;
    void OnSequenceStart(const YAML::Mark &mark,
                         const std::string &tag,
                         YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override;
    void OnSequenceEnd() override { --m_depth; }
    void OnMapStart(const YAML::Mark &mark,
                    const std::string &tag,
                    YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override;
    void OnMapEnd() override { --m_depth; }
    void OnAnchor(const YAML::Mark &mark, const std::string &name) override;

private:
    static QString syntaxError(const std::string &yaml,
                               const YAML::Mark &mark,
                               const std::string &message);
    void node(const YAML::Mark &mark, YAML::anchor_t anchor);
    void enterCollection(const YAML::Mark &mark, YAML::anchor_t anchor);
    [[noreturn]] void refuse(const YAML::Mark &mark, const QString &message);
    void refuseAnchor(const YAML::Mark &mark);

    const int m_maxDepth;
    const int m_maxNodes;
    ProblemSink &m_sink;
    int m_depth = 0;
    int m_nodes = 0;
    int m_documents = 0;
};

} // namespace greenlight

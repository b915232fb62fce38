#pragma once

#include <yaml-cpp/yaml.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace greenlight {

// One YAML document of a (possibly multi-document) file, with the means to turn yaml-cpp's
// marks, which count from the start of the document's own text, into file positions.
struct YamlDocument
{
    YAML::Node root;
    int index = 0;      // 0-based among the file's non-empty documents
    int lineOffset = 0; // lines of the file before this document's text

    // 1-based line/column in the file; 0 when the node carries no mark (absent keys).
    int line(const YAML::Node &node) const;
    int column(const YAML::Node &node) const;
};

struct YamlDocumentError
{
    int line = 0; // 1-based, in the file
    int column = 0;
    QString message; // translated: "YAML syntax error: ..."
};

// Splits a file at its `---` document markers and parses each piece on its own with
// yaml-cpp, catching every exception: a broken document costs only itself, and a hostile
// file costs a bounded amount of memory (no piece above MaxDocumentBytes is loaded).
// Thread-safe: no shared state. Use YamlNode for lookups that never throw.
class YamlDocuments
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::YamlDocuments)

public:
    // yaml-cpp needs roughly 20x a document's size in memory; manifests are far smaller.
    static constexpr qsizetype MaxDocumentBytes = 2 * 1024 * 1024;

    static YamlDocuments parse(const QByteArray &content);

    const QList<YamlDocument> &documents() const { return m_documents; }
    const QList<YamlDocumentError> &errors() const { return m_errors; }
    bool hasErrors() const { return !m_errors.isEmpty(); }
    // "line 12: YAML syntax error: ..." for the first error (for FindingSink::note).
    QString firstErrorText() const;

private:
    void parsePiece(const QByteArray &content, qsizetype begin, qsizetype end, int lineOffset);

    QList<YamlDocument> m_documents;
    QList<YamlDocumentError> m_errors;
};

} // namespace greenlight

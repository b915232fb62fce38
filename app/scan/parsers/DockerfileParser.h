#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace greenlight {

// A BuildKit heredoc (`RUN <<EOF` ... `EOF`): its body is not made of instructions.
struct DockerHeredoc
{
    QString delimiter;
    QString body;
    int line = 0; // first body line, 1-based
};

// One instruction, with its continuation lines joined (comment lines inside dropped).
struct DockerInstruction
{
    QString keyword;   // upper-case: "FROM", "COPY", ...
    QString arguments; // everything after the keyword, continuations joined, trimmed
    QStringList flags; // leading options of FROM/COPY/ADD/RUN/HEALTHCHECK: "--from=build"
    QStringList words; // the arguments after the flags: JSON array elements, or shell words
    bool jsonForm = false;
    int line = 0;    // first physical line, 1-based
    int endLine = 0; // last physical line (continuations and heredoc bodies included)
    QList<DockerHeredoc> heredocs;

    bool hasFlag(QStringView name) const; // name without dashes: "from", "checksum"
    QString flagValue(QStringView name) const;
};

// A build stage: a FROM instruction and the instructions up to the next FROM.
struct DockerStage
{
    int index = 0;
    QString image; // FROM's image argument as written (variables not expanded)
    QString name;  // the `AS name`, empty when unnamed
    int from = 0;  // index of the FROM instruction in Dockerfile::instructions
    int last = 0;  // index of the stage's last instruction
};

struct Dockerfile
{
    QChar escape = u'\\';
    QList<DockerInstruction> instructions;
    QList<DockerStage> stages;
    // ARGs declared before the first FROM (usable in FROM lines), name -> default value;
    // a declared ARG without a default maps to a null QString.
    QHash<QString, QString> globalArgs;

    // The stage a FROM refers to by name ("FROM build AS test"), or -1: stage names are
    // case-insensitive and only earlier stages can be referenced.
    int stageNamed(const QString &name, int before) const;
    // The stage's FROM image with the global ARGs expanded; `complete` is false when a
    // variable is unknown or the image is a template expression ("{{ base }}").
    QString resolvedImage(int stage, bool *complete) const;
    // Variables an instruction of `stage` sees: global ARG defaults, then the stage's ARG
    // and ENV assignments before instruction `before` (an ARG redeclared without a value
    // keeps the global default).
    QHash<QString, QString> variablesAt(int stage, int before) const;
    // Index of the stage's last instruction with `keyword` (FROM excluded), or -1.
    int lastInstruction(int stage, QStringView keyword) const;
};

// Parses Dockerfile text the way BuildKit does: parser directives (`# escape=`), comment
// lines, line continuations (also across comment and blank lines), heredocs, JSON and
// shell forms, multi-stage builds. Never fails: what it cannot read is left out.
class DockerfileParser
{
public:
    static Dockerfile parse(const QString &text);

    // Splits shell-form arguments into words, honouring quotes and the escape character.
    static QStringList splitWords(QStringView text, QChar escape = u'\\');
    // Expands $VAR, ${VAR}, ${VAR:-default} and ${VAR:+alternative} with `variables`;
    // `complete` becomes false when a variable without a default is unknown.
    static QString expand(QStringView text,
                          const QHash<QString, QString> &variables,
                          bool *complete,
                          QChar escape = u'\\');
};

} // namespace greenlight

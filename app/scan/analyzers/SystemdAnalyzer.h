#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMutex>

#include "scan/Analyzer.h"
#include "scan/parsers/UnitFileParser.h"

namespace greenlight {

// systemd service rules: runs as root, no stop timeout/kill signal, no hardening. Drop-ins
// (`foo.service.d/*.conf`) can set any of these, so units and drop-ins are collected while
// the walk runs and judged together in finish().
class SystemdAnalyzer : public Analyzer
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::SystemdAnalyzer)

public:
    QList<RuleInfo> rules() const override;
    bool wants(QStringView path, QStringView fileName) const override;
    void analyze(const ScannedFile &file, FindingSink &sink) override;
    void finish(const RepositoryIndex &repository, FindingSink &sink) override;

private:
    struct Source
    {
        QString path;
        QString text;
        UnitFile unit;
    };
    // The effective assignment of a [Service] key over the unit and its drop-ins.
    struct Setting
    {
        const UnitEntry *entry = nullptr;
        const Source *source = nullptr;
    };

    static Setting setting(const QList<const Source *> &sources, const QString &key);
    void evaluate(const Source &unit,
                  const QList<const Source *> &sources,
                  FindingSink &sink) const;

    QMutex m_mutex; // guards the members below
    QList<Source> m_units;
    QHash<QString, QList<Source>> m_dropIns; // unit path ("ops/app.service") -> its drop-ins
};

} // namespace greenlight

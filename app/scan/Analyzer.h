#pragma once

#include <QList>
#include <QStringView>

#include "domain/RuleInfo.h"

namespace greenlight {

class FindingSink;
struct RepositoryIndex;
struct ScannedFile;

// A family of scan rules over one kind of file (Dockerfiles, Kubernetes manifests, ...).
// One instance per scan, so per-scan state (e.g. "saw a NetworkPolicy") lives in members;
// analyze() is called concurrently from worker threads, so such state needs a mutex.
class Analyzer
{
public:
    virtual ~Analyzer() = default;

    // Every rule this analyzer can report (ids from docs/rules.md).
    virtual QList<RuleInfo> rules() const = 0;
    // Cheap, by path and name only: called for every file the walk finds.
    virtual bool wants(QStringView path, QStringView fileName) const = 0;
    // Parses the file properly (not line greps) and reports findings. Thread-safe.
    virtual void analyze(const ScannedFile &file, FindingSink &sink) = 0;
    // After every file was analyzed, on one thread: repository-level rules.
    virtual void finish(const RepositoryIndex &repository, FindingSink &sink);
};

} // namespace greenlight

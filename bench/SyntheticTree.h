#pragma once

#include <QString>

namespace greenlight::bench {

// The benchmark repository: about 20,000 files and 250 MB, mostly small source files plus
// some 1-4 MB dumps, bundles and lockfiles, binaries, oversized files and .gitignored
// trees (nested .gitignores too), with planted findings for every analyzer (Dockerfiles,
// Kubernetes manifests, compose files, units, workflows, secrets, test deps in production).
// Deterministic (fixed seed), committed to git when git is installed.
class SyntheticTree
{
public:
    struct Stats
    {
        qint64 files = 0; // written, including ignored and oversized ones
        qint64 bytes = 0;
        int plantedSecrets = 0;
    };

    // Generates into `root` unless a complete tree of this version is already there.
    // Returns false with *error set when writing fails.
    static bool ensure(const QString &root, bool regenerate, Stats *stats, QString *error);

    // The bench's default location.
    static QString defaultRoot();
};

} // namespace greenlight::bench

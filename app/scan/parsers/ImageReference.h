#pragma once

#include <QString>
#include <QStringView>

namespace greenlight {

// A container image reference, "registry:5000/team/app:1.4@sha256:abc...", split the way
// the Docker reference grammar does: the tag is after the last ':' that follows the last
// '/', so a registry port is not mistaken for a tag.
struct ImageReference
{
    QString repository; // "registry:5000/team/app"
    QString tag;        // "1.4"; empty when untagged
    QString digest;     // "sha256:abc..."; empty when not pinned

    static ImageReference parse(QStringView reference);

    bool hasDigest() const { return !digest.isEmpty(); }
    // Untagged or ":latest" and not pinned by digest: what runs changes without notice.
    bool isFloating() const;
};

} // namespace greenlight

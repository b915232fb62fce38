#pragma once

#include <QByteArray>
#include <QString>

namespace greenlight {

// One text file handed to the analyzers: never binary, never over the size limit.
struct ScannedFile
{
    QString path;       // relative to the scanned root, '/'-separated ("k8s/deploy.yaml")
    QString fileName;   // last component ("deploy.yaml")
    QByteArray content; // raw bytes (usually UTF-8); analyzers decode what they need
};

} // namespace greenlight

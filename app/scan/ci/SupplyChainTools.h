#pragma once

#include <yaml-cpp/node/node.h>

#include <QFlags>
#include <QString>
#include <QStringView>

namespace greenlight::SupplyChainTools {

// The supply-chain controls a pipeline can show, each recognised by the tools that do it
// (docs/rules.md lists them): generating an SBOM, signing artifacts or images, scanning for
// known vulnerabilities.
enum class Control {
    Sbom = 0x1,
    Signing = 0x2,
    VulnScan = 0x4,
};
Q_DECLARE_FLAGS(Controls, Control)

// The controls named in a piece of CI text: a step's `run:` script, a `uses:` reference, a
// GitLab `include:` template, a Jenkinsfile. Case-insensitive.
Controls detect(QStringView text);

// The text of a parsed CI document for detect(): every scalar, with `key: value` for the
// scalar entries of mappings (so `sbom: true` in a step's `with:` is seen), comments left out.
// Bounded (depth and node count), as a hostile file may nest or alias without end.
QString text(const YAML::Node &root);

// What detect() looks for, for messages: "syft, anchore/sbom-action, ...".
QString toolsFor(Control control);

} // namespace greenlight::SupplyChainTools

Q_DECLARE_OPERATORS_FOR_FLAGS(greenlight::SupplyChainTools::Controls)

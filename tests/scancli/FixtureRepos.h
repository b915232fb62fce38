#pragma once

#include <QByteArray>
#include <QList>

#include "TreeBuilder.h"
#include "domain/CustomRule.h"

namespace greenlight::test {

// Fixture repositories for the scan CLI tests, as {path -> content} trees written by
// TreeBuilder into temporary folders. Secret-looking values are assembled at run time from
// a seeded generator, so no scanner (ours included) finds a "secret" in this source file.
namespace FixtureRepos {

// Seed 001's Django service as its review describes it: a Dockerfile with `COPY . .` and no
// .dockerignore, an entrypoint that migrates but never runs `manage.py lockdown_audit_db`,
// and pytest / pytest-django on lines 23 and 24 of requirements.txt.
TreeBuilder::Tree seed001();

// The hardened system of seeds 000 and 003: non-root digest-pinned image, .dockerignore,
// full Kubernetes hardening with NetworkPolicy/PDB/HPA, a signed and scanned supply chain,
// a drained and hardened systemd unit, runbooks and SECURITY.md.
TreeBuilder::Tree hardened();

// Something for every rule category, repository-level rules included, for the output
// format tests (SARIF schema validation above all).
TreeBuilder::Tree everyCategory();
// The secret values planted in everyCategory(), to check no output carries one in clear.
QList<QByteArray> plantedSecrets();
// A custom rule that fires on everyCategory() (its entrypoint.sh lacks the lockdown).
CustomRule lockdownRule();

// Deterministic random-looking text: [A-Z0-9] (upper) or [A-Za-z0-9].
QByteArray randomText(int length, quint32 seed, bool upperOnly = false);

} // namespace FixtureRepos
} // namespace greenlight::test

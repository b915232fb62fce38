#pragma once

// The data tables of tst_SecretsAnalyzer, kept apart so the test stays readable.
namespace greenlight::test {

// Columns: path (QString), content (QByteArray), rule (QString), line (int), secret
// (QByteArray: must never appear in clear in a snippet or message). One row per secret kind,
// each in the syntax it is usually committed in.
void addSecretPositives();
// Columns: path, content. Look-alikes that must produce no finding at all.
void addSecretNegatives();

} // namespace greenlight::test

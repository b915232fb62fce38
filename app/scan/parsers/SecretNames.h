#pragma once

#include <QStringView>

// Heuristics shared by the configuration analyzers (Dockerfile ENV/ARG, Compose
// environment): does a variable name look like it holds a secret, and is its value a
// literal secret rather than an interpolation or a placeholder?
namespace greenlight::SecretNames {

// DB_PASSWORD, apiKey, STRIPE_SECRET_KEY, GITHUB_TOKEN: yes. Names that point at a secret
// instead of holding it (POSTGRES_PASSWORD_FILE, TOKEN_PATH) or describe one
// (TOKEN_TTL, PASSWORD_MIN_LENGTH) and look-alikes (TOKENIZERS_PARALLELISM, PWD): no.
bool looksSecret(QStringView name);

// ${VAR}, $VAR, ${VAR:?error}, <your-key>, changeme, xxx, {{ .Values.x }}, /run/secrets/...,
// empty, true/false: the value is not a literal secret. ${VAR:-fallback} counts as literal
// when the fallback itself is (a hard-coded default is still a hard-coded secret).
bool isPlaceholder(QStringView value);

} // namespace greenlight::SecretNames

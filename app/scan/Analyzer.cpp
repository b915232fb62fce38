#include "Analyzer.h"

namespace greenlight {

void Analyzer::finish(const RepositoryIndex &, FindingSink &) {}

} // namespace greenlight

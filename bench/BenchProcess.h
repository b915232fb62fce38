#pragma once

#include <string>
#include <vector>

namespace greenlight::bench {

// One child process run to completion: its stdout, wall time and peak memory. Children
// keep the tree generation (or the benchmark's own bookkeeping) out of the scan's figures.
struct ProcessRun
{
    int exitCode = -1;
    double wallMs = 0;
    long maxRssKb = 0; // ru_maxrss from wait4: the child's own peak, not ours
    std::string out;
};

ProcessRun runProcess(const std::vector<std::string> &argv);

// Path of the running executable (/proc/self/exe), to re-run ourselves as a child.
std::string selfExecutable();

} // namespace greenlight::bench

#pragma once

namespace greenlight::ExitCode {

// What scripts and CI gates branch on; documented in `greenlight-cli --help`.
inline constexpr int Ok = 0;
inline constexpr int Negative = 1; // the command worked and the answer is "no" (invalid template)
inline constexpr int Usage = 2;    // bad arguments, unreadable input, store errors

} // namespace greenlight::ExitCode

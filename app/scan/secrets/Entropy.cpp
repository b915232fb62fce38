#include "Entropy.h"

#include <array>
#include <cmath>

namespace greenlight {

double Entropy::shannon(std::string_view value)
{
    if (value.empty())
        return 0.0;
    std::array<int, 256> counts{};
    for (const char c : value)
        ++counts[static_cast<unsigned char>(c)];
    const double size = static_cast<double>(value.size());
    double bits = 0.0;
    for (const int count : counts) {
        if (count == 0)
            continue;
        const double p = count / size;
        bits -= p * std::log2(p);
    }
    return bits;
}

int Entropy::characterClasses(std::string_view value)
{
    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool other = false;
    for (const char c : value) {
        if (c >= 'a' && c <= 'z')
            lower = true;
        else if (c >= 'A' && c <= 'Z')
            upper = true;
        else if (c >= '0' && c <= '9')
            digit = true;
        else
            other = true;
    }
    return int(lower) + int(upper) + int(digit) + int(other);
}

int Entropy::longestRun(std::string_view value)
{
    int longest = 0;
    int run = 0;
    char previous = 0;
    for (const char c : value) {
        run = (run > 0 && c == previous) ? run + 1 : 1;
        previous = c;
        if (run > longest)
            longest = run;
    }
    return longest;
}

} // namespace greenlight

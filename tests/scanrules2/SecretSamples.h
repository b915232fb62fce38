#pragma once

#include <QByteArray>

// Random, never-issued values with the shapes of real credentials, shared by the secrets
// tests. None of them contains a placeholder marker (test, example, xxxx, ...), so the
// filters must let them through; look-alikes are written in the tests themselves.
namespace greenlight::test::samples {

inline const QByteArray rsaLines[] = {
        "u0KSoMG9muVQE19BbRG1NePhprnpld75TTnnrE033i/bFD29J5PXEDZKSJF8Lxy8",
        "+xD9VD5mNIpq2TTO46MKIA6Z9u5WKm8JgMfuHJRAl4tPp3pUj12ujKR17KRK2ysn",
        "MmkKxi8xvO2Ngb85gKNhagTeYmV7cpJABiPH2cmcSQ909lbeFdZ9kUcLE0ucavDB",
        "bmDW4jEoSKSt/yXzbfqM5fx6naEAyJ1mjsb9qHU1Z2Nt4txBBEVEyXsjwJua7LAS",
};
inline QByteArray pemBody()
{
    return rsaLines[0] + '\n' + rsaLines[1] + '\n' + rsaLines[2] + '\n' + rsaLines[3] + '\n';
}
inline QByteArray pemBodyEscaped() // as inside a JSON string
{
    return rsaLines[0] + "\\n" + rsaLines[1] + "\\n" + rsaLines[2] + "\\n" + rsaLines[3] + "\\n";
}

inline const QByteArray awsKeyId = "AKIAFG9DVBVZ6K8G7VXO";
inline const QByteArray awsSessionKeyId = "ASIARZV4ULG99GNK2GEM";
inline const QByteArray awsSecret = "s1K5K5qNGfvJwm0LwbLUm0Nd96PBKVnL2GE+xTwO";
inline const QByteArray awsSecret2 = "ZiOGcwKR0n0qt2IuwQkrMcCXM0POd7/rZzlkth0y";
inline const QByteArray gcpApiKey = "AIzaeNvQ9cG3HDCKlLuLgksrzMYra3_eFkpSqv3";
inline const QByteArray azureKey = "w2DfCgfopjDBb8vihKgE/kWmrf7vjLfduKg/"
                                   "ydZ4ZanSMPyxfnz3HCCYT9eSGXqFTwEcsQrS8JWs0cUxxJokcH==";
inline const QByteArray sasSignature = "l9DVclTwLMjdJSI5hCvP%2B5Nh4f56d79bPdj5WVC%3D";
inline const QByteArray githubToken = "ghp_gqeziJtrjFga0zW6KZNjroba8OhYWvv7Drvu";
inline const QByteArray githubOauth = "gho_GIePR95pqSWIk6Z2HPneeq6ZXFmYYRZcVoqo";
inline const QByteArray githubPat = "github_pat_CkbQPYqOcKAVcxE2jZrnhE_"
                                    "EFHlstGgUuj5B7WkREDmncoFmWrxtgVw4v2hEWJGYGbEpdPlo6cT7PhAd5A";
inline const QByteArray gitlabToken = "glpat-SOPnjXBYXa1ghQe0l0ha";
inline const QByteArray slackToken = "xoxb-408706055491-6228471332380-lfV1KpbM2DbxmaoScevwoApc";
inline const QByteArray slackWebhookPath = "TQ9YQMGAR/BMHVUQB470A/KnJzoHDGb37N44FR8UVmvT57";
inline const QByteArray stripeKey = "sk_live_ZNnipiUvnKNJ53NX02O95MlG";
inline const QByteArray stripeRestricted = "rk_live_StH2404BFPTkXhfHWGNNj4M9vJ5SOe";
inline const QByteArray openAiKey = "sk-Q6AfcKzNkHVjTfiEMrs3cXgAvQEhsWGAaK8OxotF9Tzsa8iT";
inline const QByteArray openAiProjectKey
        = "sk-proj-IrgBNdDVm0sYU6ENhkG-Y13FMYkMe1iRCZi65K7DXuDdf_5Ddmgi_2O719Al729P";
inline const QByteArray random16 = "Oihw5dD4SEz6uhmX";
inline const QByteArray random16b = "NAR961yQTXxIaJcx";
inline const QByteArray random16c = "Bga9FVogoe6P6uNc";
inline const QByteArray password12 = "SyJy@QCn*yz3";
inline const QByteArray password12b = "XwNvyc%8eoPJ";

} // namespace greenlight::test::samples

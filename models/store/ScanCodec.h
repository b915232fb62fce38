#pragma once

#include <QString>

#include "ScanRecords.h"
#include "domain/Result.h"

namespace greenlight {

class SqlQuery;

// Column lists and row decoders of the scan and finding tables (schema 2), spelled the way
// StoreCodec spells schema 1: ISO timestamps, JSON string lists, enum keys, 0/1 booleans.
// The decoders read columns in the order of the lists.
namespace ScanCodec {

QString scanColumns();
ScanRecord scanFromRow(const SqlQuery &query);

QString findingColumns();
// The same columns for "finding f JOIN scan_finding sf", with the state as that scan saw it.
QString findingColumnsOfScan();
Result<FindingRecord> findingFromRow(const SqlQuery &query);

} // namespace ScanCodec
} // namespace greenlight

#pragma once

namespace AppKeys {

/// Codes for Error::code raised by AppKeys itself. QKeychain's own codes (0–7) pass through unchanged.
namespace ErrorCode {
inline constexpr int ReadOnly = 1001;        ///< the registry is open read-only, or the server refused a write
inline constexpr int Conflict = 1002;        ///< the row changed since it was read (optimistic row version)
inline constexpr int NotFound = 1003;        ///< no live app or key with that id
inline constexpr int NameTaken = 1004;       ///< a live app already has that name (any case)
inline constexpr int KeyLimitReached = 1005; ///< the app already has two live (unrevoked, unexpired) keys
inline constexpr int InvalidInput = 1006;    ///< a value broke a rule; the message says which
/// The registry's COMMIT failed in a way that leaves open whether it took effect (an answer lost on the way back):
/// look before undoing anything.
inline constexpr int CommitOutcomeUnknown = 1007;
inline constexpr int KeychainTimeout = 1008; ///< the keychain did not answer within its deadline
inline constexpr int FileNotWritable = 1009; ///< an SQLite registry opened for writing that this user may not write
/// The registry's schema is of another version than this build reads: read well enough to tell, so not damaged
inline constexpr int SchemaNotCurrent = 1010;
/// A PostgreSQL database that does not store text as UTF-8 (SqlDialect::checkStoresUnicode)
inline constexpr int TextEncodingUnsupported = 1011;
/// A PostgreSQL URL whose sslmode may leave the connection to a remote server unencrypted (PostgresLocation)
inline constexpr int InsecureConnection = 1201;
/// The audit trail no longer holds an entry as a checkpoint saw it: truncated or rewritten (AuditCheckpointComparison)
inline constexpr int AuditTrailRewritten = 1202;
/// The registry's tables and the audit trail disagree (AuditTableCheck)
inline constexpr int AuditTrailMismatch = 1203;
/// SQLite's search index no longer covers every app (SqliteSearchIndex): `list --search` may leave some out
inline constexpr int SearchIndexMismatch = 1204;
} // namespace ErrorCode

} // namespace AppKeys

#pragma once

namespace AppKeys {

/// Error::code of a registry that could not be reached or logged into, so that a front end can ask for the
/// password again instead of only showing the message. (Next to ErrorCode, whose numbers they continue.)
namespace ConnectionErrorCode {
inline constexpr int PasswordRejected = 1101;  ///< the server refused the password, or wanted one and got none
inline constexpr int ServerUnreachable = 1102; ///< unknown host, nothing listening, or no answer within the timeout
inline constexpr int PasswordMissing = 1103;   ///< the keychain holds no password for this registry yet
/// The server refused the connection in words AppKeys does not recognise (libpq and the server speak the language of
/// their locale, not always English): it may well be the password, so a front end offers to enter it again.
inline constexpr int Unrecognised = 1104;
/// TLS failed: the server's certificate is signed by no trusted CA or names another host, no CA is configured to
/// check it, or the server offers no TLS. Not a password problem: someone may be posing as the server.
inline constexpr int ServerNotTrusted = 1105;
} // namespace ConnectionErrorCode

} // namespace AppKeys

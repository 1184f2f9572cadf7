// The --database URL parser for PostgreSQL registries (PostgresLocation) on any text.
#include "FuzzInput.h"
#include "PostgresLocation.h"

using namespace AppKeys;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString url = FuzzInput(data, size).text();
    PostgresLocation::isPostgresUrl(url);
    const bool password = PostgresLocation::hasPassword(url);
    const Result<PostgresLocation> location = PostgresLocation::parse(url);
    if (!location)
        return 0;
    fuzzCheck(!password, "a URL with a password is refused");
    fuzzCheck(!location.value().role().isEmpty() && !location.value().host().isEmpty() &&
                  !location.value().database().isEmpty(),
              "an accepted URL names a role, a host and a database");
    const Result<PostgresLocation> again = PostgresLocation::parse(location.value().canonicalUrl());
    fuzzCheck(again.ok(), "the canonical URL is accepted");
    fuzzCheck(again.ok() && again.value().canonicalUrl() == location.value().canonicalUrl(),
              "the canonical URL is its own canonical URL");
    location.value().connectOptions();
    return 0;
}

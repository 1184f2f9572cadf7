// The permission catalogue loader (PermissionCatalogue::fromJson) on any bytes.
#include "FuzzInput.h"
#include "PermissionCatalogue.h"

using namespace AppKeys;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const FuzzInput input(data, size);
    const Result<PermissionCatalogue> catalogue = PermissionCatalogue::fromJson(input.bytes());
    if (!catalogue) {
        fuzzCheck(!catalogue.error().message.isEmpty(), "a refused catalogue says why");
        return 0;
    }
    int count = 0;
    for (const PermissionGroup& group : catalogue.value().groups()) {
        for (const Permission& permission : group.permissions) {
            ++count;
            fuzzCheck(catalogue.value().contains(permission.id), "the catalogue contains each of its permissions");
            fuzzCheck(!catalogue.value().displayName(permission.id).isEmpty(), "each permission has a name");
        }
    }
    fuzzCheck(count == catalogue.value().permissionCount(), "the count is the number of permissions");
    return 0;
}

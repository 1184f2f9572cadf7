# The definitions every AppKeys build compiles with, the main one and the fuzz targets' (tests/fuzz): Qt's strict
# string conversions and no Qt API newer than 6.4. The project that includes this sets appkeys_version first.
add_compile_definitions(
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    APPKEYS_VERSION="${appkeys_version}")

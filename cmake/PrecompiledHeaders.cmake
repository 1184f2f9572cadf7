# Every file of a library parses the same Qt headers again. A precompiled header per library parses them once, which
# took a third off the libraries' compile time at -O2: most of a build is compiling.
# Test executables, of one or two files each, would spend more on their own precompiled header than they save.
set(appkeys_precompiled_core_headers
    <QByteArray> <QCoreApplication> <QDateTime> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject> <QList> <QSet>
    <QString> <QStringList> <QUuid> <functional> <memory> <optional>)

# appkeys_precompile_headers(TARGET [HEADER...]): the Qt Core headers above, and the target's own additions (only of
# the Qt modules it links: core stays Qt Core only).
function(appkeys_precompile_headers target)
    target_precompile_headers(${target} PRIVATE ${appkeys_precompiled_core_headers} ${ARGN})
endfunction()

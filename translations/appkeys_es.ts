<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AppDetailsForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Required, e.g. Mobile booking app</source>
        <translation>Obligatorio, p. ej. App de reservas móvil</translation>
    </message>
    <message>
        <source>&amp;URI</source>
        <translation>&amp;URI</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Required, e.g. https://booking.example.com</source>
        <translation>Obligatorio, p. ej. https://booking.example.com</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Optional: what the app is for and who runs it</source>
        <translation>Opcional: para qué sirve la app y quién la gestiona</translation>
    </message>
    <message>
        <source>Login User Type</source>
        <translation>Tipo de usuario que inicia sesión</translation>
    </message>
    <message>
        <source>&amp;Guest</source>
        <translation>&amp;Invitado</translation>
    </message>
    <message>
        <source>A guest-facing app: your guests sign in to it.</source>
        <translation>Una app para invitados: sus invitados inician sesión en ella.</translation>
    </message>
    <message>
        <source>&amp;Employee</source>
        <translation>&amp;Empleado</translation>
    </message>
    <message>
        <source>An internal app: your employees sign in to it.</source>
        <translation>Una app interna: sus empleados inician sesión en ella.</translation>
    </message>
    <message>
        <source>Source App</source>
        <translation>App de origen</translation>
    </message>
    <message>
        <source>External &amp;CMA</source>
        <translation>&amp;CMA externa</translation>
    </message>
    <message>
        <source>External &amp;Webstore</source>
        <translation>&amp;Tienda web externa</translation>
    </message>
    <message>
        <source>Client &amp;App</source>
        <translation>&amp;App cliente</translation>
    </message>
    <message>
        <source>&amp;Bot</source>
        <translation>&amp;Bot</translation>
    </message>
    <message>
        <source>Post &amp;Logout Redirect URL</source>
        <translation>URL de redirección tras cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>Post Log&amp;in Redirect URL</source>
        <translation>URL de redirección tras inicia&amp;r sesión</translation>
    </message>
</context>
<context>
    <name>AppDetailsPanel</name>
    <message>
        <source>Select an app in the table to see its details, scope, keys and history.</source>
        <translation>Seleccione una app en la tabla para ver sus detalles, su alcance, sus claves y su historial.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Application &amp;ID</source>
        <translation>&amp;ID de aplicación</translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation>ID de aplicación</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy Application ID</source>
        <translation>Copiar el ID de aplicación</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Login User Type</source>
        <translation>Tipo de usuario que inicia sesión</translation>
    </message>
    <message>
        <source>Source App</source>
        <translation>App de origen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Post Logout Redirect URL</source>
        <translation>URL de redirección tras cerrar sesión</translation>
    </message>
    <message>
        <source>Post Login Redirect URL</source>
        <translation>URL de redirección tras iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation>&amp;Alcance</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Claves</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Claves de API</translation>
    </message>
    <message>
        <source>An app has at most two usable keys. Rotate issues a new key and keeps the old one working for a few days, so clients switch without downtime. Select a key to act on it; otherwise the key the Status column reports on is used.</source>
        <translation>Una app tiene como máximo dos claves utilizables. Rotar emite una clave nueva y mantiene la antigua en funcionamiento unos días, para que los clientes cambien sin interrupciones. Seleccione una clave para actuar sobre ella; si no, se usa la clave de la que informa la columna Estado.</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Audit history</source>
        <translation>Historial de auditoría</translation>
    </message>
    <message>
        <source>Open in Audit &amp;trail…</source>
        <translation>Abrir en el historial de audi&amp;toría…</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
</context>
<context>
    <name>AppFilterBar</name>
    <message>
        <source>Search apps</source>
        <translation>Buscar apps</translation>
    </message>
    <message>
        <source>Search name, Application ID, URI, description or creator (Ctrl+F)</source>
        <translation>Buscar nombre, ID de aplicación, URI, descripción o creador (Ctrl+F)</translation>
    </message>
    <message>
        <source>Apps shown</source>
        <translation>Apps mostradas</translation>
    </message>
    <message>
        <source>&amp;Source App</source>
        <translation>App de &amp;origen</translation>
    </message>
    <message>
        <source>Filter by source app</source>
        <translation>Filtrar por app de origen</translation>
    </message>
    <message>
        <source>&amp;Login User Type</source>
        <translation>Tipo de &amp;usuario</translation>
    </message>
    <message>
        <source>Filter by login user type</source>
        <translation>Filtrar por tipo de usuario que inicia sesión</translation>
    </message>
    <message>
        <source>Au&amp;th Method</source>
        <translation>Au&amp;tenticación</translation>
    </message>
    <message>
        <source>Filter by auth method</source>
        <translation>Filtrar por método de autenticación</translation>
    </message>
    <message>
        <source>API &amp;group</source>
        <translation>&amp;Grupo de API</translation>
    </message>
    <message>
        <source>Filter by API group</source>
        <translation>Filtrar por grupo de API</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Esta&amp;do</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>E&amp;xpires within</source>
        <translation>&amp;Caduca en</translation>
    </message>
    <message>
        <source>Only apps whose keys expire within some days</source>
        <translation>Solo apps cuyas claves caducan en unos días</translation>
    </message>
    <message>
        <source>Expires within days</source>
        <translation>Caduca en días</translation>
    </message>
    <message>
        <source>Clea&amp;r filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
</context>
<context>
    <name>AppKeys::AddAppWizard</name>
    <message>
        <source>Add App</source>
        <translation>Añadir app</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without an API key?</source>
        <translation>¿Cerrar sin clave de API?</translation>
    </message>
    <message>
        <source>The app “%1” was created without an API key. You can generate one later from the main window. Close anyway?</source>
        <translation>La app «%1» se creó sin clave de API. Puede generar una más tarde desde la ventana principal. ¿Cerrar de todos modos?</translation>
    </message>
</context>
<context>
    <name>AppKeys::AlertDeliveryRepository</name>
    <message>
        <source>Could not record the outcome of an expiry alert.</source>
        <translation>No se pudo registrar el resultado de un aviso de caducidad.</translation>
    </message>
    <message>
        <source>Another AppKeys run may have handled it meanwhile.</source>
        <translation>Puede que otra ejecución de AppKeys lo haya gestionado mientras tanto.</translation>
    </message>
    <message>
        <source>Could not read which expiry alerts were sent.</source>
        <translation>No se pudo leer qué avisos de caducidad se enviaron.</translation>
    </message>
    <message>
        <source>Could not withdraw an expiry alert that is no longer due.</source>
        <translation>No se pudo retirar un aviso de caducidad que ya no corresponde.</translation>
    </message>
    <message>
        <source>Could not record the expiry alerts that are due.</source>
        <translation>No se pudieron registrar los avisos de caducidad pendientes.</translation>
    </message>
    <message numerus="yes">
        <source>The expiry alert for the key %1 (%n day(s)) is no longer pending.</source>
        <translation>
            <numerusform>El aviso de caducidad de la clave %1 (%n día) ya no está pendiente.</numerusform>
            <numerusform>El aviso de caducidad de la clave %1 (%n días) ya no está pendiente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not claim an expiry alert for sending.</source>
        <translation>No se pudo reservar una alerta de caducidad para enviarla.</translation>
    </message>
</context>
<context>
    <name>AppKeys::AlertDispatcher</name>
    <message>
        <source>Expiry alerts cannot be sent while the registry is open read-only.</source>
        <translation>No se pueden enviar avisos de caducidad mientras el registro está abierto en solo lectura.</translation>
    </message>
    <message>
        <source>Open the registry without --read-only to send alerts.</source>
        <translation>Abra el registro sin --read-only para enviar avisos.</translation>
    </message>
    <message>
        <source>The webhook URL “%1” in Settings cannot be used.</source>
        <translation>La URL del webhook «%1» de los Ajustes no se puede usar.</translation>
    </message>
    <message>
        <source>Not sent in this run, because the webhook failed for an earlier alert: %1</source>
        <translation>No se envió en esta ejecución porque el webhook falló con un aviso anterior: %1</translation>
    </message>
</context>
<context>
    <name>AppKeys::AlertTable</name>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <source>Threshold (days)</source>
        <translation>Umbral (días)</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducada</translation>
    </message>
</context>
<context>
    <name>AppKeys::AlertsCommand</name>
    <message>
        <source>Set the webhook URL in the window&apos;s Settings (Expiry alerts); they are kept in %1.</source>
        <translation>Configure la URL del webhook en los Ajustes de la ventana (Avisos de caducidad); se guardan en %1.</translation>
    </message>
    <message>
        <source>No webhook URL is set in Settings, so expiry alerts have nowhere to go.</source>
        <translation>No hay ninguna URL de webhook en los Ajustes, así que los avisos de caducidad no tienen adónde ir.</translation>
    </message>
    <message>
        <source>The webhook URL in Settings cannot be used: %1</source>
        <translation>La URL del webhook de los Ajustes no se puede usar: %1</translation>
    </message>
    <message>
        <source>List the expiry alerts due for the webhook in Settings; with --send, deliver them (for cron or a systemd timer) and exit with 1 while some stay pending.</source>
        <translation>Lista los avisos de caducidad pendientes para el webhook de los Ajustes; con --send los entrega (para cron o un temporizador de systemd) y sale con 1 mientras queden pendientes.</translation>
    </message>
    <message>
        <source>deliver the due alerts to the webhook and record them, so that no run sends one twice; the signing secret comes from the keychain</source>
        <translation>entregar los avisos pendientes al webhook y registrarlos, para que ninguna ejecución envíe uno dos veces; el secreto de firma se toma del llavero</translation>
    </message>
    <message>
        <source>--send records deliveries and cannot run read-only</source>
        <translation>--send registra las entregas y no puede ejecutarse en solo lectura</translation>
    </message>
    <message>
        <source>Expiry alerts are turned off in Settings: &apos;appkeys alerts --send&apos; sends nothing.</source>
        <translation>Los avisos de caducidad están desactivados en los Ajustes: &apos;appkeys alerts --send&apos; no envía nada.</translation>
    </message>
    <message>
        <source>No expiry alert is due.</source>
        <translation>No hay ningún aviso de caducidad pendiente.</translation>
    </message>
    <message>
        <source>Expiry alerts are turned off in Settings: nothing was sent.</source>
        <translation>Los avisos de caducidad están desactivados en los Ajustes: no se envió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Delivered %n alert(s).</source>
        <translation>
            <numerusform>%n aviso entregado.</numerusform>
            <numerusform>%n avisos entregados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending: %1</source>
        <translation>Pendientes: %1</translation>
    </message>
    <message>
        <source>The next &apos;appkeys alerts --send&apos; tries again; &apos;appkeys alerts&apos; shows what is due.</source>
        <translation>La próxima ejecución de &apos;appkeys alerts --send&apos; lo reintenta; &apos;appkeys alerts&apos; muestra lo pendiente.</translation>
    </message>
    <message>
        <source>The expiry alerts could not be sent.</source>
        <translation>No se pudieron enviar los avisos de caducidad.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) stay pending.</source>
        <translation>
            <numerusform>%n aviso sigue pendiente.</numerusform>
            <numerusform>%n avisos siguen pendientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not check the keychain: %1</source>
        <translation>No se pudo comprobar el llavero: %1</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n keychain entry(s) that no live credential used.</source>
        <translation>
            <numerusform>Se eliminó %n entrada del llavero que no usaba ninguna credencial vigente.</numerusform>
            <numerusform>Se eliminaron %n entradas del llavero que no usaba ninguna credencial vigente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n live credential(s) lack their plaintext in this keychain; &apos;appkeys repair&apos; lists them.</source>
        <translation>
            <numerusform>A %n credencial vigente le falta el texto en claro en este llavero; &apos;appkeys repair&apos; la lista.</numerusform>
            <numerusform>A %n credenciales vigentes les falta el texto en claro en este llavero; &apos;appkeys repair&apos; las lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>This registry may not be written to, so &apos;appkeys alerts --send&apos; cannot record what it delivers; nothing more was sent.</source>
        <translation>No se puede escribir en este registro, así que &apos;appkeys alerts --send&apos; no puede registrar lo que entrega; no se envió nada más.</translation>
    </message>
    <message>
        <source>Run it as a user or database role that may write to the registry.</source>
        <translation>Ejecútelo como un usuario o rol de base de datos que pueda escribir en el registro.</translation>
    </message>
</context>
<context>
    <name>AppKeys::AppActions</name>
    <message>
        <source>The details of “%1” were saved.</source>
        <translation>Se guardaron los detalles de «%1».</translation>
    </message>
    <message>
        <source>The scope of “%1” was saved.</source>
        <translation>Se guardó el alcance de «%1».</translation>
    </message>
    <message>
        <source>Regenerate secret</source>
        <translation>Regenerar el secreto</translation>
    </message>
    <message>
        <source>Regenerate the secret of “%1”?</source>
        <translation>¿Regenerar el secreto de «%1»?</translation>
    </message>
    <message>
        <source>The current secret stops working at once. Every client that uses it needs the new one, which is shown once.</source>
        <translation>El secreto actual deja de funcionar de inmediato. Cada cliente que lo usa necesita el nuevo, que se muestra una sola vez.</translation>
    </message>
    <message>
        <source>Regenerating the secret of “%1”…</source>
        <translation>Regenerando el secreto de «%1»…</translation>
    </message>
    <message>
        <source>The secret of “%1” was not regenerated</source>
        <translation>El secreto de «%1» no se regeneró</translation>
    </message>
    <message>
        <source>The secret of “%1” was regenerated.</source>
        <translation>Se regeneró el secreto de «%1».</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>Secreto nuevo</translation>
    </message>
    <message>
        <source>The new secret of “%1”:</source>
        <translation>El nuevo secreto de «%1»:</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>Note the secret now: it will not be shown again here. It is kept in your system keychain.</source>
        <translation>Anote el secreto ahora: no se volverá a mostrar aquí. Se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Reading the secret of “%1” from the keychain…</source>
        <translation>Leyendo el secreto de «%1» del llavero…</translation>
    </message>
    <message>
        <source>The secret of “%1” could not be read</source>
        <translation>No se pudo leer el secreto de «%1»</translation>
    </message>
    <message>
        <source>The secret of “%1” was revealed; the audit trail records it.</source>
        <translation>Se mostró el secreto de «%1»; el historial de auditoría lo registra.</translation>
    </message>
    <message>
        <source>Secret of “%1”</source>
        <translation>Secreto de «%1»</translation>
    </message>
    <message>
        <source>The secret of “%1”, read from your system keychain:</source>
        <translation>El secreto de «%1», leído del llavero del sistema:</translation>
    </message>
    <message>
        <source>This read was recorded in the audit trail.</source>
        <translation>Esta lectura quedó registrada en el historial de auditoría.</translation>
    </message>
    <message>
        <source>Deactivate app</source>
        <translation>Desactivar la app</translation>
    </message>
    <message>
        <source>Deactivate “%1”?</source>
        <translation>¿Desactivar «%1»?</translation>
    </message>
    <message>
        <source>Its API keys stop working until you reactivate it. Nothing is deleted.</source>
        <translation>Sus claves de API dejan de funcionar hasta que la reactive. No se borra nada.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>“%1” was deactivated.</source>
        <translation>«%1» se desactivó.</translation>
    </message>
    <message>
        <source>“%1” was not deactivated</source>
        <translation>«%1» no se desactivó</translation>
    </message>
    <message>
        <source>“%1” was reactivated.</source>
        <translation>«%1» se reactivó.</translation>
    </message>
    <message>
        <source>“%1” was not reactivated</source>
        <translation>«%1» no se reactivó</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>Borrando «%1»…</translation>
    </message>
    <message>
        <source>“%1” was deleted. Its audit trail stays.</source>
        <translation>«%1» se borró. Su historial de auditoría se conserva.</translation>
    </message>
    <message>
        <source>“%1” was not deleted</source>
        <translation>«%1» no se borró</translation>
    </message>
</context>
<context>
    <name>AppKeys::AppChanges</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>name %1</source>
        <translation>nombre %1</translation>
    </message>
    <message>
        <source>URI %1</source>
        <translation>URI %1</translation>
    </message>
    <message>
        <source>description %1</source>
        <translation>descripción %1</translation>
    </message>
    <message>
        <source>login user type %1</source>
        <translation>tipo de usuario %1</translation>
    </message>
    <message>
        <source>source app %1</source>
        <translation>app de origen %1</translation>
    </message>
    <message>
        <source>post-logout redirect URLs %1</source>
        <translation>URL de redirección tras cerrar sesión %1</translation>
    </message>
    <message>
        <source>post-login redirect URLs %1</source>
        <translation>URL de redirección tras iniciar sesión %1</translation>
    </message>
    <message>
        <source>authentication method %1</source>
        <translation>método de autenticación %1</translation>
    </message>
    <message>
        <source>permissions %1</source>
        <translation>permisos %1</translation>
    </message>
    <message>
        <source>Someone else changed this app while you were editing (now version %1).</source>
        <translation>Otra persona cambió esta app mientras usted la editaba (ahora versión %1).</translation>
    </message>
    <message>
        <source>Your changes were not saved; reload to see theirs.</source>
        <translation>Sus cambios no se guardaron; vuelva a cargar para ver los de la otra persona.</translation>
    </message>
    <message>
        <source>Your changes were not saved; reload to see theirs: %1.</source>
        <translation>Sus cambios no se guardaron; vuelva a cargar para ver los de la otra persona: %1.</translation>
    </message>
</context>
<context>
    <name>AppKeys::AppDetailsForm</name>
    <message>
        <source>Post Logout Redirect URL</source>
        <translation>URL de redirección tras cerrar sesión</translation>
    </message>
    <message>
        <source>Post Login Redirect URL</source>
        <translation>URL de redirección tras iniciar sesión</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>AppKeys::AppDetailsPage</name>
    <message>
        <source>App details</source>
        <translation>Detalles de la app</translation>
    </message>
    <message>
        <source>Describe the app: one app per use case. All fields except Description and the redirect URLs are required.</source>
        <translation>Describa la app: una app por caso de uso. Todos los campos excepto Descripción y las URL de redirección son obligatorios.</translation>
    </message>
</context>
<context>
    <name>AppKeys::AppDetailsPanel</name>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Deactivated: its keys cannot be used until it is reactivated.</source>
        <translation>Desactivada: sus claves no se pueden usar hasta que se reactive.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Authentication method: %1</source>
        <translation>Método de autenticación: %1</translation>
    </message>
    <message>
        <source>%1 of %2 permissions granted</source>
        <translation>%1 de %2 permisos concedidos</translation>
    </message>
    <message>
        <source>&amp;Keys (%1)</source>
        <translation>&amp;Claves (%1)</translation>
    </message>
    <message>
        <source>&amp;History (%1)</source>
        <translation>&amp;Historial (%1)</translation>
    </message>
    <message>
        <source>%1 (%2). %3</source>
        <translation>%1 (%2). %3</translation>
    </message>
</context>
<context>
    <name>AppKeys::AppDetailsValidator</name>
    <message>
        <source>A URL must not contain spaces or control characters.</source>
        <translation>Una URL no puede contener espacios ni caracteres de control.</translation>
    </message>
    <message>
        <source>This is not a valid URL: %1</source>
        <translation>No es una URL válida: %1</translation>
    </message>
    <message>
        <source>Enter an absolute URL that starts with its scheme, for example https://booking.example.com.</source>
        <translation>Escriba una URL absoluta que empiece por su esquema, por ejemplo https://booking.example.com.</translation>
    </message>
    <message>
        <source>Enter a name for the app.</source>
        <translation>Escriba un nombre para la app.</translation>
    </message>
    <message>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation>El nombre tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>Could not check whether the name is free: %1</source>
        <translation>No se pudo comprobar si el nombre está libre: %1</translation>
    </message>
    <message>
        <source>An app named “%1” already exists (names are compared without regard to case).</source>
        <translation>Ya existe una app llamada «%1» (los nombres se comparan sin distinguir mayúsculas y minúsculas).</translation>
    </message>
    <message>
        <source>Enter the app&apos;s URI, for example https://booking.example.com.</source>
        <translation>Escriba el URI de la app, por ejemplo https://booking.example.com.</translation>
    </message>
    <message>
        <source>The URI must start with https:// (or http://); “%1:” is not allowed.</source>
        <translation>El URI debe empezar por https:// (o http://); «%1:» no está permitido.</translation>
    </message>
    <message>
        <source>The URI must name a host, as in https://booking.example.com.</source>
        <translation>El URI debe indicar un host, como en https://booking.example.com.</translation>
    </message>
    <message>
        <source>http is not encrypted: use https unless the app only runs on this computer (localhost).</source>
        <translation>http no está cifrado: use https salvo que la app solo se ejecute en este equipo (localhost).</translation>
    </message>
    <message>
        <source>The description has %1 characters; at most %2 are allowed.</source>
        <translation>La descripción tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>Enter a redirect URL.</source>
        <translation>Escriba una URL de redirección.</translation>
    </message>
    <message>
        <source>A redirect URL must not contain a wildcard (*).</source>
        <translation>Una URL de redirección no puede contener comodines (*).</translation>
    </message>
    <message>
        <source>A redirect URL must not contain a fragment (the part from #).</source>
        <translation>Una URL de redirección no puede contener un fragmento (la parte desde #).</translation>
    </message>
    <message>
        <source>An https redirect URL must name a host.</source>
        <translation>Una URL de redirección https debe indicar un host.</translation>
    </message>
    <message>
        <source>Use https: http is allowed only for localhost.</source>
        <translation>Use https: http solo se permite para localhost.</translation>
    </message>
    <message>
        <source>Use an https URL, http on localhost, or a private-use scheme such as com.example.app:/callback; “%1:” is none of these.</source>
        <translation>Use una URL https, http en localhost o un esquema privado como com.example.app:/callback; «%1:» no es ninguno de ellos.</translation>
    </message>
    <message>
        <source>At most %1 redirect URLs are allowed; this list has %2.</source>
        <translation>Se permiten como máximo %1 URL de redirección; esta lista tiene %2.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is in the list twice.</source>
        <translation>«%1» está dos veces en la lista.</translation>
    </message>
    <message>
        <source>The name must not contain control characters such as tabs or line breaks: %1 at position %2.</source>
        <translation>El nombre no debe contener caracteres de control como tabulaciones o saltos de línea: %1 en la posición %2.</translation>
    </message>
    <message>
        <source>The name must not contain invisible characters such as direction overrides or zero-width spaces: %1 at position %2.</source>
        <translation>El nombre no debe contener caracteres invisibles como cambios de dirección o espacios de ancho cero: %1 en la posición %2.</translation>
    </message>
    <message>
        <source>The description must not contain control characters such as tabs (line breaks are fine): %1 at position %2.</source>
        <translation>La descripción no debe contener caracteres de control como tabulaciones (los saltos de línea están permitidos): %1 en la posición %2.</translation>
    </message>
    <message>
        <source>The description must not contain invisible characters such as direction overrides or zero-width spaces: %1 at position %2.</source>
        <translation>La descripción no debe contener caracteres invisibles como cambios de dirección o espacios de ancho cero: %1 en la posición %2.</translation>
    </message>
    <message>
        <source>A URL must not contain a user name or password (a part before “@”): it makes the URL look like another site&apos;s.</source>
        <translation>Una URL no debe contener un nombre de usuario ni una contraseña (una parte antes de «@»): hace que la URL parezca la de otro sitio.</translation>
    </message>
</context>
<context>
    <name>AppKeys::AppEditDialog</name>
    <message>
        <source>What you entered is still here. Save again to replace their change with yours, or Cancel to keep theirs.</source>
        <translation>Lo que escribió sigue aquí. Guarde de nuevo para sustituir el cambio de la otra persona por el suyo, o pulse Cancelar para conservar el de la otra persona.</translation>
    </message>
</context>
<context>
    <name>AppKeys::AppFilterBar</name>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message numerus="yes">
        <source>Expiring (within %n day(s))</source>
        <translation>
            <numerusform>Caduca pronto (en %n día)</numerusform>
            <numerusform>Caduca pronto (en %n días)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n app(s)</source>
        <translation>
            <numerusform>%1 de %n app</numerusform>
            <numerusform>%1 de %n apps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the first %n app(s)</source>
        <translation>
            <numerusform>%1 de la primera app</numerusform>
            <numerusform>%1 de las primeras %n apps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppKeys::AppRepository</name>
    <message>
        <source>There is no app with the Application ID %1.</source>
        <translation>No hay ninguna app con el ID de aplicación %1.</translation>
    </message>
    <message>
        <source>It may have been deleted; refresh the list.</source>
        <translation>Puede que se haya borrado; actualice la lista.</translation>
    </message>
    <message>
        <source>An app named “%1” already exists.</source>
        <translation>Ya existe una app llamada «%1».</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>Elija otro nombre.</translation>
    </message>
    <message>
        <source>Could not save the app “%1”.</source>
        <translation>No se pudo guardar la app «%1».</translation>
    </message>
    <message>
        <source>Could not save the redirect URL “%1”.</source>
        <translation>No se pudo guardar la URL de redirección «%1».</translation>
    </message>
    <message>
        <source>Could not save the permission “%1”.</source>
        <translation>No se pudo guardar el permiso «%1».</translation>
    </message>
    <message>
        <source>Could not save the changes to the registry.</source>
        <translation>No se pudieron guardar los cambios en el registro.</translation>
    </message>
    <message>
        <source>The registry holds an unknown %1 “%2”.</source>
        <translation>El registro contiene un valor desconocido para %1: «%2».</translation>
    </message>
    <message>
        <source>It may have been written by a newer version of AppKeys.</source>
        <translation>Puede que lo haya escrito una versión más reciente de AppKeys.</translation>
    </message>
    <message>
        <source>The app “%1” is already active.</source>
        <translation>La app «%1» ya está activa.</translation>
    </message>
    <message>
        <source>The app “%1” is already deactivated.</source>
        <translation>La app «%1» ya está desactivada.</translation>
    </message>
    <message>
        <source>There is no app named or with the Application ID “%1”.</source>
        <translation>No hay ninguna app con el nombre o el ID de aplicación «%1».</translation>
    </message>
    <message>
        <source>List the apps to see their names and ids.</source>
        <translation>Liste las apps para ver sus nombres e ID.</translation>
    </message>
</context>
<context>
    <name>AppKeys::AppService</name>
    <message>
        <source>The app “%1” is deleted, but its keychain entries could not be removed.</source>
        <translation>La app «%1» está eliminada, pero no se pudieron quitar sus entradas del llavero.</translation>
    </message>
    <message>
        <source>%1 They hold no credential that still works; AppKeys removes them at its next start.</source>
        <translation>%1 No contienen ninguna credencial que siga funcionando; AppKeys las quita en su próximo inicio.</translation>
    </message>
</context>
<context>
    <name>AppKeys::AppSettings</name>
    <message>
        <source>Could not save the settings to “%1”.</source>
        <translation>No se pudieron guardar los ajustes en «%1».</translation>
    </message>
    <message>
        <source>Check that the folder exists and that the file is writable.</source>
        <translation>Compruebe que la carpeta existe y que el archivo se puede escribir.</translation>
    </message>
</context>
<context>
    <name>AppKeys::ApplicationTableModel</name>
    <message>
        <source>Application ID: %1</source>
        <translation>ID de aplicación: %1</translation>
    </message>
    <message>
        <source>The app is deactivated: its keys cannot be used until it is reactivated.</source>
        <translation>La app está desactivada: sus claves no se pueden usar hasta que se reactive.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Source App</source>
        <translation>App de origen</translation>
    </message>
    <message>
        <source>Login User Type</source>
        <translation>Tipo de usuario</translation>
    </message>
    <message>
        <source>Auth Method</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Created By</source>
        <translation>Creada por</translation>
    </message>
    <message>
        <source>Created At</source>
        <translation>Creada el</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Its keys were accepted by the verification service for %1 in all.</source>
        <translation>El servicio de verificación aceptó sus claves %1 en total.</translation>
    </message>
    <message>
        <source>Last Used</source>
        <translation>Último uso</translation>
    </message>
</context>
<context>
    <name>AppKeys::ArgumentParser</name>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>opción desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; takes no value</source>
        <translation>la opción &apos;%1&apos; no admite valor</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; needs a value: %1 %2</source>
        <translation>la opción &apos;%1&apos; necesita un valor: %1 %2</translation>
    </message>
    <message>
        <source>unknown value “%1” for &apos;--%2&apos;: use one of %3</source>
        <translation>valor desconocido «%1» para &apos;--%2&apos;: use uno de %3</translation>
    </message>
</context>
<context>
    <name>AppKeys::AuditAction</name>
    <message>
        <source>App created</source>
        <translation>App creada</translation>
    </message>
    <message>
        <source>Details edited</source>
        <translation>Detalles editados</translation>
    </message>
    <message>
        <source>Scope edited</source>
        <translation>Alcance editado</translation>
    </message>
    <message>
        <source>App deactivated</source>
        <translation>App desactivada</translation>
    </message>
    <message>
        <source>App reactivated</source>
        <translation>App reactivada</translation>
    </message>
    <message>
        <source>App deleted</source>
        <translation>App borrada</translation>
    </message>
    <message>
        <source>Secret regenerated</source>
        <translation>Secreto regenerado</translation>
    </message>
    <message>
        <source>Secret revealed</source>
        <translation>Secreto mostrado</translation>
    </message>
    <message>
        <source>Key generated</source>
        <translation>Clave generada</translation>
    </message>
    <message>
        <source>Key rotated</source>
        <translation>Clave rotada</translation>
    </message>
    <message>
        <source>Key revoked</source>
        <translation>Clave revocada</translation>
    </message>
    <message>
        <source>Key revealed</source>
        <translation>Clave mostrada</translation>
    </message>
    <message>
        <source>creating an app</source>
        <translation>al crear una app</translation>
    </message>
    <message>
        <source>editing an app&apos;s details</source>
        <translation>al editar los detalles de una app</translation>
    </message>
    <message>
        <source>editing an app&apos;s scope</source>
        <translation>al editar el alcance de una app</translation>
    </message>
    <message>
        <source>deactivating an app</source>
        <translation>al desactivar una app</translation>
    </message>
    <message>
        <source>reactivating an app</source>
        <translation>al reactivar una app</translation>
    </message>
    <message>
        <source>deleting an app</source>
        <translation>al borrar una app</translation>
    </message>
    <message>
        <source>regenerating a secret</source>
        <translation>al regenerar un secreto</translation>
    </message>
    <message>
        <source>revealing a secret</source>
        <translation>al mostrar un secreto</translation>
    </message>
    <message>
        <source>generating an API key</source>
        <translation>al generar una clave de API</translation>
    </message>
    <message>
        <source>rotating an API key</source>
        <translation>al rotar una clave de API</translation>
    </message>
    <message>
        <source>revoking an API key</source>
        <translation>al revocar una clave de API</translation>
    </message>
    <message>
        <source>revealing an API key</source>
        <translation>al mostrar una clave de API</translation>
    </message>
    <message>
        <source>Unused keychain entry removed</source>
        <translation>Entrada del llavero sin usar eliminada</translation>
    </message>
    <message>
        <source>removing an unused keychain entry</source>
        <translation>eliminar una entrada del llavero sin usar</translation>
    </message>
</context>
<context>
    <name>AppKeys::AuditAppNames</name>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (borrada)</translation>
    </message>
</context>
<context>
    <name>AppKeys::AuditChainVerifier</name>
    <message>
        <source>entry %1 follows entry %2: an entry is missing or was inserted</source>
        <translation>la entrada %1 sigue a la entrada %2: falta una entrada o se insertó una</translation>
    </message>
    <message>
        <source>entry %1 does not point to the hash of the entry before it</source>
        <translation>la entrada %1 no apunta al hash de la entrada anterior</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written: its content no longer matches its hash</source>
        <translation>la entrada %1 se modificó después de escribirse: su contenido ya no coincide con su hash</translation>
    </message>
</context>
<context>
    <name>AppKeys::AuditCheckpoint</name>
    <message>
        <source>This is not an audit checkpoint line of AppKeys.</source>
        <translation>Esta no es una línea de punto de control de auditoría de AppKeys.</translation>
    </message>
    <message>
        <source>Give the whole line that `appkeys audit checkpoint` printed, for example appkeys-audit-head/1 registry=… entry=42 hash=… seen=2025-03-01T10:00:00.000Z.</source>
        <translation>Indique la línea completa que imprimió `appkeys audit checkpoint`, por ejemplo appkeys-audit-head/1 registry=… entry=42 hash=… seen=2025-03-01T10:00:00.000Z.</translation>
    </message>
</context>
<context>
    <name>AppKeys::AuditCheckpointCommand</name>
    <message>
        <source>Verify the audit trail, then print its head as one line to keep elsewhere (a ticket, a commit) and check later with &apos;appkeys audit verify --against LINE&apos;.</source>
        <translation>Verifica el historial de auditoría e imprime su estado más reciente como una línea para guardarla en otro lugar (un ticket, un commit) y comprobarla después con &apos;appkeys audit verify --against LINE&apos;.</translation>
    </message>
</context>
<context>
    <name>AppKeys::AuditCheckpointComparison</name>
    <message>
        <source>The audit trail was truncated or rewritten after entry %1, which this machine saw on %2.</source>
        <translation>El historial de auditoría se recortó o reescribió después de la entrada %1, que este equipo vio el %2.</translation>
    </message>
    <message>
        <source>The audit trail was truncated or rewritten at or before entry %1, which this machine saw on %2.</source>
        <translation>El historial de auditoría se recortó o reescribió en la entrada %1 o antes, que este equipo vio el %2.</translation>
    </message>
    <message>
        <source>The audit trail was truncated or rewritten at or before entry %1, which the given checkpoint saw on %2.</source>
        <translation>El historial de auditoría se recortó o reescribió en la entrada %1 o antes, que el punto de control indicado vio el %2.</translation>
    </message>
    <message>
        <source>Entries from there on cannot be trusted: compare them with an export, a backup or another checkpoint, and find out who can write to the registry&apos;s database.</source>
        <translation>No se puede confiar en las entradas a partir de ahí: compárelas con una exportación, una copia de seguridad u otro punto de control, y averigüe quién puede escribir en la base de datos del registro.</translation>
    </message>
    <message>
        <source>This machine saw entry %1 on %2 with the hash %3…</source>
        <translation>Este equipo vio la entrada %1 el %2 con el hash %3…</translation>
    </message>
    <message>
        <source>The checkpoint saw entry %1 on %2 with the hash %3…</source>
        <translation>El punto de control vio la entrada %1 el %2 con el hash %3…</translation>
    </message>
    <message>
        <source>The trail now has no entries.</source>
        <translation>El historial ya no tiene entradas.</translation>
    </message>
    <message>
        <source>The trail now ends at entry %1.</source>
        <translation>El historial termina ahora en la entrada %1.</translation>
    </message>
    <message>
        <source>The trail&apos;s entry %1 now has another hash.</source>
        <translation>La entrada %1 del historial tiene ahora otro hash.</translation>
    </message>
</context>
<context>
    <name>AppKeys::AuditCheckpointStore</name>
    <message>
        <source>Could not create the folder %1 for the audit checkpoints.</source>
        <translation>No se pudo crear la carpeta %1 para los puntos de control de auditoría.</translation>
    </message>
    <message>
        <source>Could not read the key of this machine&apos;s audit checkpoints from the keychain: %1</source>
        <translation>No se pudo leer del llavero la clave de los puntos de control de este equipo: %1</translation>
    </message>
    <message>
        <source>Could not keep the key of this machine&apos;s audit checkpoints in the keychain: %1</source>
        <translation>No se pudo guardar en el llavero la clave de los puntos de control de este equipo: %1</translation>
    </message>
    <message>
        <source>Could not read this machine&apos;s audit checkpoints: %1 is locked.</source>
        <translation>No se pudieron leer los puntos de control de este equipo: %1 está bloqueado.</translation>
    </message>
    <message>
        <source>Could not keep the audit checkpoint: %1 is locked.</source>
        <translation>No se pudo guardar el punto de control: %1 está bloqueado.</translation>
    </message>
    <message>
        <source>Could not read this machine&apos;s audit checkpoints %1: %2</source>
        <translation>No se pudieron leer los puntos de control de este equipo %1: %2</translation>
    </message>
    <message>
        <source>Could not keep the audit checkpoint in %1: %2</source>
        <translation>No se pudo guardar el punto de control en %1: %2</translation>
    </message>
    <message>
        <source>This machine&apos;s audit checkpoints %1 were signed with a key that is no longer in the keychain, so they cannot be trusted.</source>
        <translation>Los puntos de control de este equipo %1 se firmaron con una clave que ya no está en el llavero, así que no se puede confiar en ellos.</translation>
    </message>
    <message>
        <source>If this keychain was reset, remove that file to start keeping checkpoints again. Otherwise someone replaced the file.</source>
        <translation>Si se restableció este llavero, elimine ese archivo para volver a guardar puntos de control. Si no, alguien sustituyó el archivo.</translation>
    </message>
    <message>
        <source>This machine&apos;s audit checkpoints %1 were altered (line %2): they cannot be trusted.</source>
        <translation>Los puntos de control de este equipo %1 se modificaron (línea %2): no se puede confiar en ellos.</translation>
    </message>
    <message>
        <source>Someone who can write your files changed them. Compare the audit trail with an export, a backup or a checkpoint kept elsewhere (appkeys audit verify --against LINE).</source>
        <translation>Alguien que puede escribir sus archivos los cambió. Compare el historial de auditoría con una exportación, una copia de seguridad o un punto de control guardado en otro lugar (appkeys audit verify --against LINE).</translation>
    </message>
</context>
<context>
    <name>AppKeys::AuditChoices</name>
    <message>
        <source>Reading the filters&apos; choices was stopped.</source>
        <translation>Se detuvo la lectura de las opciones de los filtros.</translation>
    </message>
</context>
<context>
    <name>AppKeys::AuditCommand</name>
    <message>
        <source>List the audit trail&apos;s entries, oldest first; the options narrow the list.</source>
        <translation>Lista las entradas del historial de auditoría, de la más antigua a la más reciente; las opciones acotan la lista.</translation>
    </message>
    <message>
        <source>only entries about this app, by id or name (the id of a deleted app works too)</source>
        <translation>solo entradas de esta app, por ID o nombre (también sirve el ID de una app borrada)</translation>
    </message>
    <message>
        <source>only entries of this action: %1</source>
        <translation>solo entradas de esta acción: %1</translation>
    </message>
    <message>
        <source>only entries by this actor (user@host)</source>
        <translation>solo entradas de este actor (usuario@host)</translation>
    </message>
    <message>
        <source>only entries at or after DATE (YYYY-MM-DD or an ISO-8601 date-time, UTC)</source>
        <translation>solo entradas desde DATE (AAAA-MM-DD o una fecha y hora ISO 8601, UTC)</translation>
    </message>
    <message>
        <source>only entries before DATE&apos;s end (YYYY-MM-DD) or before the date-time</source>
        <translation>solo entradas anteriores al final de DATE (AAAA-MM-DD) o a la fecha y hora</translation>
    </message>
    <message>
        <source>&apos;--since %1&apos; is not before &apos;--until %2&apos;</source>
        <translation>&apos;--since %1&apos; no es anterior a &apos;--until %2&apos;</translation>
    </message>
</context>
<context>
    <name>AppKeys::AuditLog</name>
    <message>
        <source>Could not read the audit trail.</source>
        <translation>No se pudo leer el historial de auditoría.</translation>
    </message>
    <message>
        <source>Could not add to the audit trail.</source>
        <translation>No se pudo añadir al historial de auditoría.</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written: its details are not JSON</source>
        <translation>la entrada %1 se modificó después de escribirse: sus detalles no son JSON</translation>
    </message>
</context>
<context>
    <name>AppKeys::AuditTable</name>
    <message>
        <source>Seq</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation>ID de aplicación</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>AppKeys::AuditTableCheck</name>
    <message>
        <source>The app “%1” is marked deleted in the registry, but no entry of the audit trail deleted it.</source>
        <translation>La app «%1» está marcada como eliminada en el registro, pero ninguna entrada del historial de auditoría la eliminó.</translation>
    </message>
    <message>
        <source>Entry %1 deleted the app “%2”, but it is not deleted in the registry.</source>
        <translation>La entrada %1 eliminó la app «%2», pero en el registro no está eliminada.</translation>
    </message>
    <message>
        <source>The app “%1” is active in the registry, but entry %2 deactivated it.</source>
        <translation>La app «%1» está activa en el registro, pero la entrada %2 la desactivó.</translation>
    </message>
    <message>
        <source>The app “%1” is deactivated in the registry, but entry %2 left it active.</source>
        <translation>La app «%1» está desactivada en el registro, pero la entrada %2 la dejó activa.</translation>
    </message>
    <message>
        <source>The secret of the app “%1” in the registry is not the one entry %2 issued.</source>
        <translation>El secreto de la app «%1» en el registro no es el que emitió la entrada %2.</translation>
    </message>
    <message>
        <source>The API key %1 of the app “%2” in the registry is not the one entry %3 issued.</source>
        <translation>La clave de API %1 de la app «%2» en el registro no es la que emitió la entrada %3.</translation>
    </message>
    <message>
        <source>The API key %1 of the app “%2” expires at %3 in the registry, but entry %4 recorded %5.</source>
        <translation>La clave de API %1 de la app «%2» caduca el %3 en el registro, pero la entrada %4 registró %5.</translation>
    </message>
    <message>
        <source>Entry %1 created the app “%2” (%3), but the registry has no such app.</source>
        <translation>La entrada %1 creó la app «%2» (%3), pero el registro no tiene esa app.</translation>
    </message>
    <message>
        <source>Entry %1 issued the API key %2 of the app “%3”, but the registry has no such key.</source>
        <translation>La entrada %1 emitió la clave de API %2 de la app «%3», pero el registro no tiene esa clave.</translation>
    </message>
    <message>
        <source>The app “%1” (%2) is in the registry, but no entry of the audit trail created it.</source>
        <translation>La app «%1» (%2) está en el registro, pero ninguna entrada del historial de auditoría la creó.</translation>
    </message>
    <message>
        <source>The API key %1 of the app “%2” is in the registry, but no entry of the audit trail issued it.</source>
        <translation>La clave de API %1 de la app «%2» está en el registro, pero ninguna entrada del historial de auditoría la emitió.</translation>
    </message>
    <message>
        <source>The field “%1” of the app “%2” in the registry is not what entry %3 recorded.</source>
        <translation>El campo «%1» de la app «%2» en el registro no es lo que registró la entrada %3.</translation>
    </message>
    <message>
        <source>The API key %1 of the app “%2” is revoked in the registry, but no entry of the audit trail revoked it.</source>
        <translation>La clave de API %1 de la app «%2» está revocada en el registro, pero ninguna entrada del historial de auditoría la revocó.</translation>
    </message>
    <message>
        <source>Entry %1 revoked the API key %2 of the app “%3”, but it is not revoked in the registry.</source>
        <translation>La entrada %1 revocó la clave de API %2 de la app «%3», pero en el registro no está revocada.</translation>
    </message>
    <message numerus="yes">
        <source>The registry&apos;s tables do not match the audit trail: %n problem(s).</source>
        <translation>
            <numerusform>Las tablas del registro no coinciden con el historial de auditoría: %n problema.</numerusform>
            <numerusform>Las tablas del registro no coinciden con el historial de auditoría: %n problemas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppKeys::AuditTableModel</name>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Application ID: %1</source>
        <translation>ID de aplicación: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>AppKeys::AuditTrailWindow</name>
    <message>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>All actors</source>
        <translation>Todos los actores</translation>
    </message>
    <message>
        <source>All apps</source>
        <translation>Todas las apps</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>Exportar el historial de auditoría</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>The audit trail was not exported.</source>
        <translation>No se exportó el historial de auditoría.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entry(s)</source>
        <translation>
            <numerusform>%1 de %n entrada</numerusform>
            <numerusform>%1 de %n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified: all %n entry(s) of the audit trail are intact, each linked to the one before.</source>
        <translation>
            <numerusform>Verificado: la única entrada del historial de auditoría está intacta.</numerusform>
            <numerusform>Verificado: las %n entradas del historial de auditoría están intactas, cada una enlazada con la anterior.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) exported to %1.</source>
        <translation>
            <numerusform>%n entrada exportada a %1.</numerusform>
            <numerusform>%n entradas exportadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>It still holds entry %1 as this machine saw it on %2.</source>
        <translation>Todavía contiene la entrada %1 tal como este equipo la vio el %2.</translation>
    </message>
    <message>
        <source>This machine had no checkpoint of this trail yet, and keeps one from now on.</source>
        <translation>Este equipo aún no tenía ningún punto de control de este historial y guarda uno a partir de ahora.</translation>
    </message>
    <message>
        <source>Every app, secret and key in the registry was issued by an entry.</source>
        <translation>Cada app, secreto y clave del registro fue emitido por una entrada.</translation>
    </message>
    <message>
        <source>Every app, secret and key in the registry was issued by an entry (compared by their hints: your database role may not read the credential hashes).</source>
        <translation>Cada app, secreto y clave del registro fue emitido por una entrada (comparados por sus referencias: su rol de base de datos no puede leer los hashes de las credenciales).</translation>
    </message>
    <message>
        <source>Checking the audit trail: %1 of %2 entries…</source>
        <translation>Comprobando el historial de auditoría: %1 de %2 entradas…</translation>
    </message>
    <message>
        <source>Comparing the tables with the audit trail: %1 of %2 apps…</source>
        <translation>Comparando las tablas con el historial de auditoría: %1 de %2 aplicaciones…</translation>
    </message>
    <message>
        <source>No app in the audit trail is named “%1”: type a part of its name, then choose it from the list.</source>
        <translation>Ninguna app del registro de auditoría se llama «%1»: escriba una parte de su nombre y elíjala de la lista.</translation>
    </message>
</context>
<context>
    <name>AppKeys::AuditVerification</name>
    <message>
        <source>Audit trail broken at entry %1: %2</source>
        <translation>Historial de auditoría roto en la entrada %1: %2</translation>
    </message>
    <message>
        <source>Entries from there on cannot be trusted; compare them with an earlier export or backup.</source>
        <translation>No se puede confiar en las entradas desde ahí; compárelas con una exportación o copia de seguridad anterior.</translation>
    </message>
    <message>
        <source>The checkpoint is of another registry (%1), not of this one (%2).</source>
        <translation>El punto de control es de otro registro (%1), no de este (%2).</translation>
    </message>
    <message>
        <source>Check the --database option, or give the checkpoint line of this registry.</source>
        <translation>Revise la opción --database o indique la línea de punto de control de este registro.</translation>
    </message>
</context>
<context>
    <name>AppKeys::AuditVerifyCommand</name>
    <message numerus="yes">
        <source>Audit trail verified: %n entries.</source>
        <translation>
            <numerusform>Historial de auditoría verificado: %n entrada.</numerusform>
            <numerusform>Historial de auditoría verificado: %n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the audit trail: its hash chain, this machine&apos;s checkpoints of it, and the tables against it; a problem is named and exits with 1.</source>
        <translation>Comprueba el historial de auditoría: su cadena de hashes, los puntos de control de este equipo y las tablas frente a él; un problema se nombra y termina con 1.</translation>
    </message>
    <message>
        <source>also check the trail against a checkpoint line that &apos;appkeys audit checkpoint&apos; printed</source>
        <translation>comprobar además el historial frente a una línea de punto de control que imprimió &apos;appkeys audit checkpoint&apos;</translation>
    </message>
    <message>
        <source>It still holds entry %1 as this machine saw it on %2.</source>
        <translation>Todavía contiene la entrada %1 tal como este equipo la vio el %2.</translation>
    </message>
    <message>
        <source>This machine had no checkpoint of this registry&apos;s trail yet; it keeps one from now on.</source>
        <translation>Este equipo aún no tenía ningún punto de control del historial de este registro; guarda uno a partir de ahora.</translation>
    </message>
    <message>
        <source>It holds entry %1 as the given checkpoint saw it on %2.</source>
        <translation>Contiene la entrada %1 tal como la vio el punto de control indicado el %2.</translation>
    </message>
    <message>
        <source>The tables match the trail: every app, secret and key was issued by an entry.</source>
        <translation>Las tablas coinciden con el historial: cada app, secreto y clave fue emitido por una entrada.</translation>
    </message>
    <message>
        <source>The tables match the trail: every app, secret and key was issued by an entry (compared by their hints: your database role may not read the credential hashes).</source>
        <translation>Las tablas coinciden con el historial: cada app, secreto y clave fue emitido por una entrada (comparados por sus referencias: su rol de base de datos no puede leer los hashes de las credenciales).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) older than the audit trail were not checked.</source>
        <translation>
            <numerusform>No se comprobó %n fila anterior al historial de auditoría.</numerusform>
            <numerusform>No se comprobaron %n filas anteriores al historial de auditoría.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the audit trail: %1 of %2 entries</source>
        <translation>Comprobando el historial de auditoría: %1 de %2 entradas</translation>
    </message>
    <message>
        <source>Comparing the tables with the audit trail: %1 of %2 apps</source>
        <translation>Comparando las tablas con el historial de auditoría: %1 de %2 aplicaciones</translation>
    </message>
</context>
<context>
    <name>AppKeys::AuthMethod</name>
    <message>
        <source>API keys (APIKEY GROUPS)</source>
        <translation>Claves de API (APIKEY GROUPS)</translation>
    </message>
    <message>
        <source>Access tokens (JWT GROUPS)</source>
        <translation>Tokens de acceso (JWT GROUPS)</translation>
    </message>
</context>
<context>
    <name>AppKeys::CommandLine</name>
    <message>
        <source>show this help; &apos;appkeys COMMAND --help&apos; shows one command&apos;s</source>
        <translation>mostrar esta ayuda; &apos;appkeys ORDEN --help&apos; muestra la de una orden</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>mostrar la versión</translation>
    </message>
    <message>
        <source>Try &apos;appkeys --help&apos;.</source>
        <translation>Pruebe &apos;appkeys --help&apos;.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;appkeys %1&apos; needs %2</source>
        <translation>&apos;appkeys %1&apos; necesita %2</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no se indicó ninguna orden</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>orden desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Enter the password once with: appkeys login --database %1</source>
        <translation>Escriba la contraseña una vez con: appkeys login --database %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>This command records what it does, so it needs a registry it may write to.</source>
        <translation>Este comando registra lo que hace, así que necesita un registro en el que pueda escribir.</translation>
    </message>
    <message>
        <source>Could not write to standard output: %1</source>
        <translation>No se pudo escribir en la salida estándar: %1</translation>
    </message>
    <message>
        <source>JSON instead of text (list, show, audit, audit verify, audit checkpoint, alerts, verify)</source>
        <translation>JSON en lugar de texto (list, show, audit, audit verify, audit checkpoint, alerts, verify)</translation>
    </message>
</context>
<context>
    <name>AppKeys::CredentialService</name>
    <message>
        <source>The API key is revoked, but its keychain entry could not be removed.</source>
        <translation>La clave de API está revocada, pero no se pudo quitar su entrada del llavero.</translation>
    </message>
    <message>
        <source>%1 The key can no longer be used; only its keychain entry is left over.</source>
        <translation>%1 La clave ya no se puede usar; solo queda su entrada en el llavero.</translation>
    </message>
    <message>
        <source>The keychain holds a different secret for “%1” than the registry expects.</source>
        <translation>El llavero guarda para «%1» un secreto distinto del que espera el registro.</translation>
    </message>
    <message>
        <source>It may be an old secret. Regenerate the secret to issue one that works.</source>
        <translation>Puede ser un secreto antiguo. Regenere el secreto para emitir uno que funcione.</translation>
    </message>
    <message>
        <source>The keychain holds a different API key than the registry expects for %1.</source>
        <translation>El llavero guarda para %1 una clave de API distinta de la que espera el registro.</translation>
    </message>
    <message>
        <source>Rotate the key to issue one that works.</source>
        <translation>Rote la clave para emitir una que funcione.</translation>
    </message>
</context>
<context>
    <name>AppKeys::CredentialsPage</name>
    <message>
        <source>Note the secret now: it will not be shown again here. It is kept in your system keychain.</source>
        <translation>Anote el secreto ahora: no se volverá a mostrar aquí. Se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Expires on %1</source>
        <translation>Caduca el %1</translation>
    </message>
    <message>
        <source>Generating API key…</source>
        <translation>Generando la clave de API…</translation>
    </message>
    <message numerus="yes">
        <source>A new key is valid for %n day(s).</source>
        <translation>
            <numerusform>Una clave nueva es válida durante %n día.</numerusform>
            <numerusform>Una clave nueva es válida durante %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>No API key was generated</source>
        <translation>No se generó ninguna clave de API</translation>
    </message>
    <message>
        <source>No API key was generated. The app exists; you can try again.</source>
        <translation>No se generó ninguna clave de API. La app existe; puede volver a intentarlo.</translation>
    </message>
    <message>
        <source>Clipboard clears in %1 s</source>
        <translation>El portapapeles se vacía en %1 s</translation>
    </message>
    <message>
        <source>Application ID copied.</source>
        <translation>ID de aplicación copiado.</translation>
    </message>
</context>
<context>
    <name>AppKeys::Database</name>
    <message>
        <source>There is no registry file “%1”.</source>
        <translation>No existe el archivo de registro «%1».</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed.</source>
        <translation>El controlador PostgreSQL para Qt no está instalado.</translation>
    </message>
    <message>
        <source>Install the Qt 6 PostgreSQL plugin (on Debian: libqt6sql6-psql).</source>
        <translation>Instale el complemento PostgreSQL de Qt 6 (en Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed.</source>
        <translation>El controlador SQLite para Qt no está instalado.</translation>
    </message>
    <message>
        <source>Install the Qt 6 SQLite plugin (on Debian: libqt6sql6-sqlite).</source>
        <translation>Instale el complemento SQLite de Qt 6 (en Debian: libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Could not read the registry&apos;s identity.</source>
        <translation>No se pudo leer la identidad del registro.</translation>
    </message>
    <message>
        <source>It has no registry identity.</source>
        <translation>No tiene identidad de registro.</translation>
    </message>
    <message>
        <source>Could not open the registry “%1”.</source>
        <translation>No se pudo abrir el registro «%1».</translation>
    </message>
    <message>
        <source>AppKeys cannot open the registry “%1”.</source>
        <translation>AppKeys no puede abrir el registro «%1».</translation>
    </message>
    <message>
        <source>Give the path of an SQLite file (for example /srv/appkeys/registry.sqlite), a URL of the form sqlite:///absolute/path/registry.sqlite, or a PostgreSQL URL of the form postgresql://role@host:port/database.</source>
        <translation>Indique la ruta de un archivo SQLite (por ejemplo /srv/appkeys/registry.sqlite), una URL de la forma sqlite:///ruta/absoluta/registry.sqlite o una URL de PostgreSQL de la forma postgresql://rol@host:puerto/basededatos.</translation>
    </message>
    <message>
        <source>The registry is open read-only: %1 is not allowed.</source>
        <translation>El registro está abierto en solo lectura: no se permite %1.</translation>
    </message>
    <message>
        <source>Changes and secrets are available only when the registry is opened without --read-only.</source>
        <translation>Los cambios y los secretos solo están disponibles cuando el registro se abre sin --read-only.</translation>
    </message>
    <message>
        <source>Could not switch the registry “%1” to write-ahead logging.</source>
        <translation>No se pudo cambiar el registro «%1» al registro de escritura anticipada (WAL).</translation>
    </message>
    <message>
        <source>The journal mode stayed “%1”.</source>
        <translation>El modo de diario siguió siendo «%1».</translation>
    </message>
    <message>
        <source>Could not turn on foreign key checks for the registry “%1”.</source>
        <translation>No se pudo activar la comprobación de claves foráneas del registro «%1».</translation>
    </message>
    <message>
        <source>This SQLite library may have been built without foreign key support.</source>
        <translation>Puede que esta biblioteca SQLite se compilara sin soporte de claves foráneas.</translation>
    </message>
    <message>
        <source>Could not set up the connection to “%1”.</source>
        <translation>No se pudo configurar la conexión con «%1».</translation>
    </message>
    <message>
        <source>Read-only access: the database refused to change the registry.</source>
        <translation>Acceso de solo lectura: la base de datos rechazó el cambio en el registro.</translation>
    </message>
    <message>
        <source>Your database role may only read this registry. Ask an admin to make the change, or to give your role write access.</source>
        <translation>Su rol de base de datos solo puede leer este registro. Pida a un administrador que haga el cambio o que dé acceso de escritura a su rol.</translation>
    </message>
    <message>
        <source>Check the location. A new registry is created only by the AppKeys window, opened once without --read-only: appkeys --database “%1”.</source>
        <translation>Compruebe la ubicación. Solo la ventana de AppKeys crea un registro nuevo, al abrirla una vez sin --read-only: appkeys --database «%1».</translation>
    </message>
    <message>
        <source>“%1” holds no AppKeys registry yet.</source>
        <translation>«%1» aún no contiene ningún registro de AppKeys.</translation>
    </message>
    <message>
        <source>The disk that holds the registry is full: nothing was changed.</source>
        <translation>El disco que contiene el registro está lleno: no se cambió nada.</translation>
    </message>
    <message>
        <source>Free some space on it, then try again.</source>
        <translation>Libere espacio en él y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The registry is damaged; restore it from a backup.</source>
        <translation>El registro está dañado; restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>SQLite says: %1</source>
        <translation>SQLite dice: %1</translation>
    </message>
    <message>
        <source>Could not open the registry “%1” again to read it.</source>
        <translation>No se pudo volver a abrir el registro «%1» para leerlo.</translation>
    </message>
    <message>
        <source>Could not ask the server how the database stores text.</source>
        <translation>No se pudo preguntar al servidor cómo guarda el texto la base de datos.</translation>
    </message>
    <message>
        <source>The database “%1” stores text as %2, and AppKeys needs UTF8: names, URLs and descriptions may be in any script.</source>
        <translation>La base de datos «%1» guarda el texto como %2, y AppKeys necesita UTF8: los nombres, las URL y las descripciones pueden estar en cualquier escritura.</translation>
    </message>
    <message>
        <source>Create the registry in a UTF8 database (createdb --encoding=UTF8 --template=template0 NAME). A registry already in this one moves over with pg_dump and pg_restore, which convert its text; see docs/postgresql.md.</source>
        <translation>Cree el registro en una base de datos UTF8 (createdb --encoding=UTF8 --template=template0 NOMBRE). Un registro que ya esté en esta se traslada con pg_dump y pg_restore, que convierten su texto; consulte docs/postgresql.md.</translation>
    </message>
</context>
<context>
    <name>AppKeys::DatabasePasswordDialog</name>
    <message>
        <source>Database password</source>
        <translation>Contraseña de la base de datos</translation>
    </message>
    <message>
        <source>Enter the password of the database role “%1” for the registry %2. AppKeys keeps it in the keychain, so you enter it only once.</source>
        <translation>Escriba la contraseña del rol de base de datos «%1» para el registro %2. AppKeys la guarda en el llavero, así que solo la escribe una vez.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>C&amp;onectar</translation>
    </message>
</context>
<context>
    <name>AppKeys::DateArgument</name>
    <message>
        <source>Bad date “%1”: use YYYY-MM-DD or an ISO-8601 date-time such as 2025-03-01T09:30:00Z.</source>
        <translation>Fecha no válida «%1»: use AAAA-MM-DD o una fecha y hora ISO 8601 como 2025-03-01T09:30:00Z.</translation>
    </message>
    <message>
        <source>Bad date “%1”: AppKeys takes dates up to 9999-12-31.</source>
        <translation>Fecha incorrecta «%1»: AppKeys acepta fechas hasta el 9999-12-31.</translation>
    </message>
</context>
<context>
    <name>AppKeys::DaysSuffix</name>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> día</numerusform>
            <numerusform> días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppKeys::DeleteAppDialog</name>
    <message>
        <source>Delete app</source>
        <translation>Borrar la app</translation>
    </message>
    <message>
        <source>Delete “%1”? Its secret and API keys are removed from the keychain and stop working for every client at once. This cannot be undone. Its audit trail stays, and its name becomes free.</source>
        <translation>¿Borrar «%1»? Su secreto y sus claves de API se quitan del llavero y dejan de funcionar para todos los clientes de inmediato. No se puede deshacer. Su historial de auditoría se conserva y su nombre queda libre.</translation>
    </message>
    <message>
        <source>Type the app&apos;s name, %1, to confirm:</source>
        <translation>Escriba el nombre de la app, %1, para confirmar:</translation>
    </message>
    <message>
        <source>App name to confirm deletion</source>
        <translation>Nombre de la app para confirmar el borrado</translation>
    </message>
    <message>
        <source>&amp;Delete app</source>
        <translation>&amp;Borrar la app</translation>
    </message>
</context>
<context>
    <name>AppKeys::EditDetailsDialog</name>
    <message>
        <source>Edit details of “%1”</source>
        <translation>Editar los detalles de «%1»</translation>
    </message>
</context>
<context>
    <name>AppKeys::EditScopeDialog</name>
    <message>
        <source>Edit scope of “%1”</source>
        <translation>Editar el alcance de «%1»</translation>
    </message>
</context>
<context>
    <name>AppKeys::ExpiryAlert</name>
    <message>
        <source>The API key %1 of “%2” expired on %3.</source>
        <translation>La clave de API %1 de «%2» caducó el %3.</translation>
    </message>
    <message>
        <source>The API key %1 of “%2” expires today (%3).</source>
        <translation>La clave de API %1 de «%2» caduca hoy (%3).</translation>
    </message>
    <message numerus="yes">
        <source>The API key %1 of “%2” expires in %n day(s) (%3).</source>
        <translation>
            <numerusform>La clave de API %1 de «%2» caduca en %n día (%3).</numerusform>
            <numerusform>La clave de API %1 de «%2» caduca en %n días (%3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppKeys::ExpiryAlertsPresenter</name>
    <message>
        <source>The expiring keys could not be read: %1</source>
        <translation>No se pudieron leer las claves que caducan: %1</translation>
    </message>
    <message>
        <source>Webhook alerts pending: %1 — %2</source>
        <translation>Avisos de webhook pendientes: %1 — %2</translation>
    </message>
</context>
<context>
    <name>AppKeys::ExpiryBanner</name>
    <message>
        <source>Retry &amp;now</source>
        <translation>&amp;Reintentar ahora</translation>
    </message>
    <message>
        <source>Expiry alerts</source>
        <translation>Avisos de caducidad</translation>
    </message>
    <message>
        <source>Retry the pending webhook alerts now</source>
        <translation>Reintentar ahora los avisos de webhook pendientes</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>Reintentando…</translation>
    </message>
    <message>
        <source>Key %1 of “%2” expired on %3</source>
        <translation>La clave %1 de «%2» caducó el %3</translation>
    </message>
    <message>
        <source>Key %1 of “%2” expires today</source>
        <translation>La clave %1 de «%2» caduca hoy</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Rotar…</translation>
    </message>
    <message>
        <source>Rotate key %1 of “%2”</source>
        <translation>Rotar la clave %1 de «%2»</translation>
    </message>
    <message numerus="yes">
        <source>Key %1 of “%2” expires in %n day(s)</source>
        <translation>
            <numerusform>La clave %1 de «%2» caduca en %n día</numerusform>
            <numerusform>La clave %1 de «%2» caduca en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more key(s); see the Status column.</source>
        <translation>
            <numerusform>…y %n clave más; vea la columna Estado.</numerusform>
            <numerusform>…y %n claves más; vea la columna Estado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppKeys::ExportCommand</name>
    <message>
        <source>Export the apps or the audit trail as CSV (RFC 4180) or JSON.</source>
        <translation>Exporta las apps o el historial de auditoría como CSV (RFC 4180) o JSON.</translation>
    </message>
    <message>
        <source>csv or json (required)</source>
        <translation>csv o json (obligatorio)</translation>
    </message>
    <message>
        <source>apps (the default) or audit</source>
        <translation>apps (predeterminado) o audit</translation>
    </message>
    <message>
        <source>write to FILE instead of standard output</source>
        <translation>escribir en FILE en lugar de en la salida estándar</translation>
    </message>
    <message>
        <source>export needs &apos;--format csv&apos; or &apos;--format json&apos;</source>
        <translation>export necesita &apos;--format csv&apos; o &apos;--format json&apos;</translation>
    </message>
    <message>
        <source>&apos;--output&apos; needs a file name</source>
        <translation>&apos;--output&apos; necesita un nombre de archivo</translation>
    </message>
</context>
<context>
    <name>AppKeys::ExportFileChooser</name>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>AppKeys::GenerateKeyDialog</name>
    <message>
        <source>Generate API key</source>
        <translation>Generar clave de API</translation>
    </message>
    <message>
        <source>A new API key for “%1”. It is shown once, then kept only in your system keychain. An app can have two usable keys at a time.</source>
        <translation>Una clave de API nueva para «%1». Se muestra una vez y después solo se guarda en el llavero del sistema. Una app puede tener dos claves utilizables a la vez.</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <source>&amp;Lifetime</source>
        <translation>&amp;Vigencia</translation>
    </message>
    <message>
        <source>The key will expire on %1.</source>
        <translation>La clave caducará el %1.</translation>
    </message>
</context>
<context>
    <name>AppKeys::HttpServer</name>
    <message>
        <source>Could not listen on %1 port %2.</source>
        <translation>No se pudo escuchar en %1 puerto %2.</translation>
    </message>
</context>
<context>
    <name>AppKeys::IndexRefresher</name>
    <message>
        <source>appkeys serve: the registry answers again; the index follows it.</source>
        <translation>appkeys serve: el registro vuelve a responder; el índice lo sigue.</translation>
    </message>
    <message>
        <source>appkeys serve: could not read the registry, so the index may fall behind it: %1 %2</source>
        <translation>appkeys serve: no se pudo leer el registro, así que el índice puede quedarse atrás: %1 %2</translation>
    </message>
</context>
<context>
    <name>AppKeys::InputChecks</name>
    <message>
        <source>Correct the app&apos;s details.</source>
        <translation>Corrija los detalles de la app.</translation>
    </message>
    <message>
        <source>The app has no permissions.</source>
        <translation>La app no tiene permisos.</translation>
    </message>
    <message>
        <source>Choose at least one permission.</source>
        <translation>Elija al menos un permiso.</translation>
    </message>
    <message>
        <source>Unknown permission “%1”.</source>
        <translation>Permiso desconocido «%1».</translation>
    </message>
    <message>
        <source>The permission catalogue may have changed; choose the permissions again.</source>
        <translation>Puede que el catálogo de permisos haya cambiado; vuelva a elegir los permisos.</translation>
    </message>
</context>
<context>
    <name>AppKeys::KeyActions</name>
    <message>
        <source>Generating an API key for “%1”…</source>
        <translation>Generando una clave de API para «%1»…</translation>
    </message>
    <message>
        <source>No API key was generated for “%1”</source>
        <translation>No se generó ninguna clave de API para «%1»</translation>
    </message>
    <message>
        <source>A new API key for “%1” was generated.</source>
        <translation>Se generó una clave de API nueva para «%1».</translation>
    </message>
    <message>
        <source>The new API key of “%1”:</source>
        <translation>La nueva clave de API de «%1»:</translation>
    </message>
    <message>
        <source>Rotating the API key %1…</source>
        <translation>Rotando la clave de API %1…</translation>
    </message>
    <message>
        <source>The new API key of “%1”. The old key %2 no longer works.</source>
        <translation>La nueva clave de API de «%1». La clave antigua %2 ya no funciona.</translation>
    </message>
    <message>
        <source>The new API key of “%1”. The old key %2 keeps working until %3.</source>
        <translation>La nueva clave de API de «%1». La clave antigua %2 sigue funcionando hasta el %3.</translation>
    </message>
    <message>
        <source>The API key %1 was not rotated</source>
        <translation>La clave de API %1 no se rotó</translation>
    </message>
    <message>
        <source>The API key %1 of “%2” was rotated.</source>
        <translation>Se rotó la clave de API %1 de «%2».</translation>
    </message>
    <message>
        <source>New API key for “%1”</source>
        <translation>Nueva clave de API para «%1»</translation>
    </message>
    <message>
        <source>It expires on %1.</source>
        <translation>Caduca el %1.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Note the key now: it will not be shown again here. It is kept in your system keychain.</source>
        <translation>Anote la clave ahora: no se volverá a mostrar aquí. Se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>Revocar clave de API</translation>
    </message>
    <message>
        <source>Revoke the API key %1 of “%2”?</source>
        <translation>¿Revocar la clave de API %1 de «%2»?</translation>
    </message>
    <message>
        <source>It stops working now, for every client that uses it. This cannot be undone.</source>
        <translation>Deja de funcionar ahora para todos los clientes que la usan. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Revocar la clave</translation>
    </message>
    <message>
        <source>Revoking the API key %1…</source>
        <translation>Revocando la clave de API %1…</translation>
    </message>
    <message>
        <source>The API key %1 of “%2” was revoked.</source>
        <translation>Se revocó la clave de API %1 de «%2».</translation>
    </message>
    <message>
        <source>The API key %1 was not revoked</source>
        <translation>La clave de API %1 no se revocó</translation>
    </message>
    <message>
        <source>Reading the API key %1 from the keychain…</source>
        <translation>Leyendo la clave de API %1 del llavero…</translation>
    </message>
    <message>
        <source>The API key %1 could not be read</source>
        <translation>No se pudo leer la clave de API %1</translation>
    </message>
    <message>
        <source>The API key %1 was revealed; the audit trail records it.</source>
        <translation>Se mostró la clave de API %1; el historial de auditoría lo registra.</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>Clave de API %1</translation>
    </message>
    <message>
        <source>The API key %1 of “%2”, read from your system keychain:</source>
        <translation>La clave de API %1 de «%2», leída del llavero del sistema:</translation>
    </message>
    <message>
        <source>This read was recorded in the audit trail.</source>
        <translation>Esta lectura quedó registrada en el historial de auditoría.</translation>
    </message>
</context>
<context>
    <name>AppKeys::KeyLifetimeChooser</name>
    <message>
        <source>Key lifetime</source>
        <translation>Vigencia de la clave</translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>Hasta una fecha…</translation>
    </message>
    <message>
        <source>Key valid until</source>
        <translation>Clave válida hasta</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) (default)</source>
        <translation>
            <numerusform>%n día (predeterminado)</numerusform>
            <numerusform>%n días (predeterminado)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppKeys::KeyRepository</name>
    <message>
        <source>This app has no API key with the id %1.</source>
        <translation>Esta app no tiene ninguna clave de API con el ID %1.</translation>
    </message>
    <message>
        <source>It may have been changed meanwhile; refresh the list.</source>
        <translation>Puede que haya cambiado mientras tanto; actualice la lista.</translation>
    </message>
    <message>
        <source>Could not save the API key %1.</source>
        <translation>No se pudo guardar la clave de API %1.</translation>
    </message>
    <message>
        <source>Could not save the changes to the registry.</source>
        <translation>No se pudieron guardar los cambios en el registro.</translation>
    </message>
</context>
<context>
    <name>AppKeys::KeyRules</name>
    <message>
        <source>An API key&apos;s lifetime must be between %1 and %2 days, not %3.</source>
        <translation>La vigencia de una clave de API debe estar entre %1 y %2 días, no %3.</translation>
    </message>
    <message>
        <source>The old key&apos;s overlap must be between %1 and %2 days, not %3.</source>
        <translation>El solapamiento de la clave antigua debe estar entre %1 y %2 días, no %3.</translation>
    </message>
    <message>
        <source>Clients need the overlap to switch to the new key; %1 days is usual.</source>
        <translation>Los clientes necesitan el solapamiento para pasar a la clave nueva; lo habitual son %1 días.</translation>
    </message>
    <message>
        <source>The app “%1” is deactivated.</source>
        <translation>La app «%1» está desactivada.</translation>
    </message>
    <message>
        <source>Reactivate the app first.</source>
        <translation>Reactive primero la app.</translation>
    </message>
    <message>
        <source>The app “%1” already has %2 live API keys.</source>
        <translation>La app «%1» ya tiene %2 claves de API vigentes.</translation>
    </message>
    <message>
        <source>Revoke one of them, or wait until one has expired.</source>
        <translation>Revoque una de ellas o espere a que una caduque.</translation>
    </message>
    <message>
        <source>The API key %1 is revoked, so it cannot be rotated.</source>
        <translation>La clave de API %1 está revocada, así que no se puede rotar.</translation>
    </message>
    <message>
        <source>Generate a new key instead.</source>
        <translation>Genere una clave nueva en su lugar.</translation>
    </message>
    <message>
        <source>The API key %1 has expired, so it cannot be rotated.</source>
        <translation>La clave de API %1 ha caducado, así que no se puede rotar.</translation>
    </message>
    <message>
        <source>The API key %1 is already revoked.</source>
        <translation>La clave de API %1 ya está revocada.</translation>
    </message>
    <message>
        <source>A revoked key stays revoked; generate a new key if the app needs one.</source>
        <translation>Una clave revocada sigue revocada; genere una nueva si la app la necesita.</translation>
    </message>
</context>
<context>
    <name>AppKeys::KeyStatus</name>
    <message>
        <source>No key</source>
        <translation>Sin clave</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Caduca hoy</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactiva</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Caduca en %n día</numerusform>
            <numerusform>Caduca en %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppKeys::KeyTableModel</name>
    <message>
        <source>Revoked on %1</source>
        <translation>Revocada el %1</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Accepted by the verification service for %1 in all.</source>
        <translation>Aceptada por el servicio de verificación %1 en total.</translation>
    </message>
    <message>
        <source>Last Used</source>
        <translation>Último uso</translation>
    </message>
</context>
<context>
    <name>AppKeys::KeyUsageRepository</name>
    <message>
        <source>Could not record when the keys were used.</source>
        <translation>No se pudo guardar cuándo se usaron las claves.</translation>
    </message>
</context>
<context>
    <name>AppKeys::KeyVerification</name>
    <message>
        <source>The key is valid.</source>
        <translation>La clave es válida.</translation>
    </message>
    <message>
        <source>This is not an AppKeys API key: its prefix, length, characters or checksum are wrong.</source>
        <translation>Esta no es una clave de API de AppKeys: su prefijo, longitud, caracteres o suma de control son incorrectos.</translation>
    </message>
    <message>
        <source>The registry has no such key (or its app was deleted).</source>
        <translation>El registro no tiene esa clave (o su app se eliminó).</translation>
    </message>
    <message>
        <source>The key has expired.</source>
        <translation>La clave ha caducado.</translation>
    </message>
    <message>
        <source>The key is revoked.</source>
        <translation>La clave está revocada.</translation>
    </message>
    <message>
        <source>The key&apos;s app is deactivated.</source>
        <translation>La app de la clave está desactivada.</translation>
    </message>
    <message>
        <source>The key&apos;s app lacks a required permission.</source>
        <translation>A la app de la clave le falta un permiso requerido.</translation>
    </message>
</context>
<context>
    <name>AppKeys::KeychainDeadline</name>
    <message numerus="yes">
        <source>The OS keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>El llavero del sistema no respondió en %n segundo.</numerusform>
            <numerusform>El llavero del sistema no respondió en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your keyring may be locked and waiting for its password in a window you cannot see. Unlock it (or start it) and try again.</source>
        <translation>Puede que su llavero esté bloqueado y esperando su contraseña en una ventana que usted no ve. Desbloquéelo (o inícielo) y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>AppKeys::KeychainReport</name>
    <message>
        <source>Keychain holds a different secret</source>
        <translation>El llavero guarda un secreto distinto</translation>
    </message>
    <message>
        <source>Keychain holds a different key</source>
        <translation>El llavero guarda una clave distinta</translation>
    </message>
    <message>
        <source>Secret in the keychain of %1</source>
        <translation>Secreto en el llavero de %1</translation>
    </message>
    <message>
        <source>Key in the keychain of %1</source>
        <translation>Clave en el llavero de %1</translation>
    </message>
    <message>
        <source>Secret not in this keychain</source>
        <translation>El secreto no está en este llavero</translation>
    </message>
    <message>
        <source>Key not in this keychain</source>
        <translation>La clave no está en este llavero</translation>
    </message>
    <message>
        <source>The last keychain check could not be read.</source>
        <translation>No se pudo leer la última comprobación del llavero.</translation>
    </message>
    <message>
        <source>It is written again at the next start of AppKeys, or by: appkeys repair --dry-run</source>
        <translation>Se vuelve a escribir en el próximo inicio de AppKeys, o con: appkeys repair --dry-run</translation>
    </message>
    <message>
        <source>Regenerate the secret to issue one that works here.</source>
        <translation>Regenere el secreto para emitir uno que funcione aquí.</translation>
    </message>
    <message>
        <source>Rotate the key to issue one that works here.</source>
        <translation>Rote la clave para emitir una que funcione aquí.</translation>
    </message>
</context>
<context>
    <name>AppKeys::KeychainReportFile</name>
    <message>
        <source>Could not create the folder %1 for the keychain check.</source>
        <translation>No se pudo crear la carpeta %1 para la comprobación del llavero.</translation>
    </message>
    <message>
        <source>Could not save the keychain check %1: %2</source>
        <translation>No se pudo guardar la comprobación del llavero %1: %2</translation>
    </message>
</context>
<context>
    <name>AppKeys::KeychainReportLookup</name>
    <message>
        <source>The last keychain check %1 is not a file.</source>
        <translation>La última comprobación del llavero %1 no es un archivo.</translation>
    </message>
    <message>
        <source>Could not read the last keychain check %1: %2</source>
        <translation>No se pudo leer la última comprobación del llavero %1: %2</translation>
    </message>
</context>
<context>
    <name>AppKeys::KeychainSecretStore</name>
    <message>
        <source>The OS keychain is not available: %1</source>
        <translation>El llavero del sistema no está disponible: %1</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (for example gnome-keyring or KWallet) and try again. AppKeys never stores secrets without it.</source>
        <translation>Inicie el llavero de su escritorio (por ejemplo gnome-keyring o KWallet) y vuelva a intentarlo. AppKeys nunca guarda secretos sin él.</translation>
    </message>
    <message>
        <source>The OS keychain refused access: %1</source>
        <translation>El llavero del sistema denegó el acceso: %1</translation>
    </message>
    <message>
        <source>Unlock your keyring (it may be locked) and try again.</source>
        <translation>Desbloquee su llavero (puede estar bloqueado) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>No secret is stored in the keychain for this entry.</source>
        <translation>No hay ningún secreto guardado en el llavero para esta entrada.</translation>
    </message>
    <message>
        <source>The OS keychain could not complete the request: %1</source>
        <translation>El llavero del sistema no pudo completar la solicitud: %1</translation>
    </message>
</context>
<context>
    <name>AppKeys::KeychainSteps</name>
    <message>
        <source>Its keychain entry could not be removed either: %1</source>
        <translation>Tampoco se pudo quitar su entrada del llavero: %1</translation>
    </message>
    <message>
        <source>It is not known whether the registry saved the change: %1</source>
        <translation>No se sabe si el registro guardó el cambio: %1</translation>
    </message>
    <message>
        <source>The keychain is left as it is, so that nothing the registry may hold is lost. AppKeys checks again at its next start (or run: appkeys repair).</source>
        <translation>El llavero se deja como está, para que no se pierda nada que el registro pueda tener. AppKeys vuelve a comprobarlo en su próximo inicio (o ejecute: appkeys repair).</translation>
    </message>
</context>
<context>
    <name>AppKeys::LastUsedText</name>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message numerus="yes">
        <source>%1 request(s)</source>
        <translation>
            <numerusform>%1 solicitud</numerusform>
            <numerusform>%1 solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>AppKeys::LaunchOptions</name>
    <message>
        <source>the registry: an SQLite file path, sqlite:///absolute/path or postgresql://role@host:port/database (default: the one in the Settings)</source>
        <translation>el registro: una ruta de archivo SQLite, sqlite:///ruta/absoluta o postgresql://rol@host:puerto/basededatos (predeterminado: el de los Ajustes)</translation>
    </message>
    <message>
        <source>open the registry read-only (every command but &apos;alerts --send&apos; does so anyway)</source>
        <translation>abrir el registro en solo lectura (todas las órdenes salvo &apos;alerts --send&apos; lo hacen de todos modos)</translation>
    </message>
    <message>
        <source>the language of the window and the messages: %1 (default: the system&apos;s)</source>
        <translation>el idioma de la ventana y de los mensajes: %1 (predeterminado: el del sistema)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>AppKeys::ListCommand</name>
    <message>
        <source>List the registry&apos;s apps, with their key status; the options narrow the list.</source>
        <translation>Lista las apps del registro con el estado de sus claves; las opciones acotan la lista.</translation>
    </message>
    <message>
        <source>only apps whose %1 is one of: %2</source>
        <translation>solo apps cuyo valor de %1 es uno de: %2</translation>
    </message>
    <message>
        <source>source app</source>
        <translation>app de origen</translation>
    </message>
    <message>
        <source>login user type</source>
        <translation>tipo de usuario</translation>
    </message>
    <message>
        <source>auth method</source>
        <translation>método de autenticación</translation>
    </message>
    <message>
        <source>only apps with a permission in this API group: %1</source>
        <translation>solo apps con algún permiso de este grupo de API: %1</translation>
    </message>
    <message>
        <source>key status</source>
        <translation>estado de la clave</translation>
    </message>
    <message>
        <source>only apps whose usable key expires within DAYS days (the later one, if two)</source>
        <translation>solo apps cuya clave utilizable caduca en DAYS días (la más tardía, si hay dos)</translation>
    </message>
    <message>
        <source>only apps with TEXT in their name, id, URI, description or creator</source>
        <translation>solo apps con TEXT en el nombre, el ID, el URI, la descripción o el creador</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Source App</source>
        <translation>App de origen</translation>
    </message>
    <message>
        <source>Login User Type</source>
        <translation>Tipo de usuario</translation>
    </message>
    <message>
        <source>Auth Method</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Created By</source>
        <translation>Creada por</translation>
    </message>
    <message>
        <source>Created At</source>
        <translation>Creada el</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>only apps with a usable key, none of whose usable keys was used (or, if never used, issued) in the last DAYS days, as &apos;appkeys serve&apos; records it</source>
        <translation>solo apps con una clave utilizable, ninguna de cuyas claves utilizables se usó (o, si nunca se usó, se emitió) en los últimos DAYS días, según lo registra &apos;appkeys serve&apos;</translation>
    </message>
    <message>
        <source>bad number of days “%1” for &apos;--%2&apos;: use a whole number, 0 or more</source>
        <translation>número de días «%1» no válido para &apos;--%2&apos;: use un número entero, 0 o más</translation>
    </message>
</context>
<context>
    <name>AppKeys::ListenAddress</name>
    <message>
        <source>bad address “%1” for &apos;--listen&apos;: use HOST:PORT, for example 127.0.0.1:%2 or [::1]:%2</source>
        <translation>dirección «%1» no válida para &apos;--listen&apos;: use HOST:PUERTO, por ejemplo 127.0.0.1:%2 o [::1]:%2</translation>
    </message>
    <message>
        <source>bad port “%1” for &apos;--listen&apos;: use a number from 0 to 65535</source>
        <translation>puerto «%1» no válido para &apos;--listen&apos;: use un número de 0 a 65535</translation>
    </message>
</context>
<context>
    <name>AppKeys::LocalTime</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>AppKeys::LoginCommand</name>
    <message>
        <source>Password for the database role “%1”: </source>
        <translation>Contraseña del rol de base de datos «%1»: </translation>
    </message>
    <message>
        <source>&apos;appkeys login&apos; is for PostgreSQL registries: --database postgresql://role@host:port/database</source>
        <translation>&apos;appkeys login&apos; es para registros PostgreSQL: --database postgresql://rol@host:puerto/basededatos</translation>
    </message>
    <message>
        <source>No password given; nothing was stored.</source>
        <translation>No se indicó ninguna contraseña; no se guardó nada.</translation>
    </message>
    <message>
        <source>The password of %1 is stored in the keychain.</source>
        <translation>La contraseña de %1 está guardada en el llavero.</translation>
    </message>
    <message>
        <source>Asks once for the password of a PostgreSQL registry&apos;s database role (from standard input when that is not a terminal), checks it on the server and keeps it in the keychain, where the other commands and the window find it. Without --database, the registry in the Settings.</source>
        <translation>Pide una vez la contraseña del rol de base de datos de un registro PostgreSQL (desde la entrada estándar cuando esta no es un terminal), la comprueba en el servidor y la guarda en el llavero, donde la encuentran las demás órdenes y la ventana. Sin --database, el registro de los Ajustes.</translation>
    </message>
</context>
<context>
    <name>AppKeys::LoginUserType</name>
    <message>
        <source>Guest</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
</context>
<context>
    <name>AppKeys::MainWindow</name>
    <message>
        <source>Registry: %1</source>
        <translation>Registro: %1</translation>
    </message>
    <message>
        <source>Manage Applications — AppKeys (read-only)</source>
        <translation>Gestionar aplicaciones — AppKeys (solo lectura)</translation>
    </message>
    <message>
        <source>This registry has no apps yet.</source>
        <translation>Este registro aún no tiene apps.</translation>
    </message>
    <message>
        <source>Read-only: nothing can be changed or revealed.</source>
        <translation>Solo lectura: no se puede cambiar ni mostrar nada.</translation>
    </message>
    <message>
        <source>The apps could not be read: %1</source>
        <translation>No se pudieron leer las apps: %1</translation>
    </message>
    <message>
        <source>Audit trail of “%1”…</source>
        <translation>Historial de auditoría de «%1»…</translation>
    </message>
    <message>
        <source>Export apps</source>
        <translation>Exportar apps</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>The apps were not exported.</source>
        <translation>No se exportaron las apps.</translation>
    </message>
    <message>
        <source>Clipboard clears in %1 s</source>
        <translation>El portapapeles se vacía en %1 s</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) exported to %1.</source>
        <translation>
            <numerusform>%n app exportada a %1.</numerusform>
            <numerusform>%n apps exportadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only: the database role “%1” may only read.</source>
        <translation>Solo lectura: el rol de la base de datos «%1» solo puede leer.</translation>
    </message>
    <message>
        <source>Could not check the keychain: %1</source>
        <translation>No se pudo comprobar el llavero: %1</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n keychain entry(s) that no live credential used.</source>
        <translation>
            <numerusform>Se eliminó %n entrada del llavero que no usaba ninguna credencial vigente.</numerusform>
            <numerusform>Se eliminaron %n entradas del llavero que no usaba ninguna credencial vigente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) lack their plaintext in this keychain: see the Status column.</source>
        <translation>
            <numerusform>A %n credencial le falta el texto en claro en este llavero: vea la columna Estado.</numerusform>
            <numerusform>A %n credenciales les falta el texto en claro en este llavero: vea la columna Estado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the registry: %L1 apps so far…</source>
        <translation>Leyendo el registro: %L1 apps hasta ahora…</translation>
    </message>
    <message numerus="yes">
        <source>Only the newest %Ln app(s) are shown; the others could not be read: %1</source>
        <translation>
            <numerusform>Solo se muestra la app más reciente; las demás no se pudieron leer: %1</numerusform>
            <numerusform>Solo se muestran las %Ln apps más recientes; las demás no se pudieron leer: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>No se pudo leer «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is no longer in the registry: another user or program deleted it.</source>
        <translation>«%1» ya no está en el registro: otro usuario u otro programa la eliminó.</translation>
    </message>
    <message>
        <source>The apps could not be read again: %1</source>
        <translation>No se pudieron volver a leer las aplicaciones: %1</translation>
    </message>
</context>
<context>
    <name>AppKeys::PermissionCatalogue</name>
    <message>
        <source>The permission catalogue is malformed: %1</source>
        <translation>El catálogo de permisos está mal formado: %1</translation>
    </message>
    <message>
        <source>Reinstall AppKeys; the catalogue ships with the program.</source>
        <translation>Reinstale AppKeys; el catálogo se distribuye con el programa.</translation>
    </message>
    <message>
        <source>group %1 (“%2”)</source>
        <translation>grupo %1 («%2»)</translation>
    </message>
    <message>
        <source>%1 has a permission without an id or a name.</source>
        <translation>%1 tiene un permiso sin ID o sin nombre.</translation>
    </message>
    <message>
        <source>%1: permission “%2” must start with “%3.”.</source>
        <translation>%1: el permiso «%2» debe empezar por «%3.».</translation>
    </message>
    <message>
        <source>%1 needs an id and a name.</source>
        <translation>%1 necesita un ID y un nombre.</translation>
    </message>
    <message>
        <source>%1 has no permissions.</source>
        <translation>%1 no tiene permisos.</translation>
    </message>
    <message>
        <source>%1 at byte %2.</source>
        <translation>%1 en el byte %2.</translation>
    </message>
    <message>
        <source>it does not declare the format “%1”.</source>
        <translation>no declara el formato «%1».</translation>
    </message>
    <message>
        <source>its version must be a whole number of at least 1.</source>
        <translation>su versión debe ser un número entero de al menos 1.</translation>
    </message>
    <message>
        <source>it lists no groups.</source>
        <translation>no contiene grupos.</translation>
    </message>
    <message>
        <source>the id “%1” is used twice.</source>
        <translation>el ID «%1» se usa dos veces.</translation>
    </message>
    <message>
        <source>Could not read the permission catalogue %1: %2</source>
        <translation>No se pudo leer el catálogo de permisos %1: %2</translation>
    </message>
</context>
<context>
    <name>AppKeys::PermissionCatalogueNames</name>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Invitados</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Centers</source>
        <translation>Centros</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Memberships &amp; Packages</source>
        <translation>Membresías &amp; paquetes</translation>
    </message>
    <message>
        <source>Gift Cards</source>
        <translation>Tarjetas regalo</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formularios</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Escribir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Gestionar</translation>
    </message>
</context>
<context>
    <name>AppKeys::PermissionTree</name>
    <message>
        <source>API group / permission</source>
        <translation>Grupo de API / permiso</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>AppKeys::PostgresLocation</name>
    <message>
        <source>Write it as postgresql://role@host:port/database, for example postgresql://appkeys_admin@db.example.com:5432/appkeys.</source>
        <translation>Escríbala como postgresql://rol@host:puerto/base_de_datos, por ejemplo postgresql://appkeys_admin@db.example.com:5432/appkeys.</translation>
    </message>
    <message>
        <source>“%1” is not a value AppKeys knows for the parameter %2 of the PostgreSQL URL.</source>
        <translation>«%1» no es un valor que AppKeys conozca para el parámetro %2 de la URL de PostgreSQL.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Use uno de: %1.</translation>
    </message>
    <message>
        <source>sslrootcert must be the absolute path of a file of CA certificates.</source>
        <translation>sslrootcert debe ser la ruta absoluta de un archivo de certificados de CA.</translation>
    </message>
    <message>
        <source>For example ?sslrootcert=/etc/ssl/certs/appkeys-db-ca.pem.</source>
        <translation>Por ejemplo ?sslrootcert=/etc/ssl/certs/appkeys-db-ca.pem.</translation>
    </message>
    <message>
        <source>hostaddr must be an IP address, such as 10.0.0.7.</source>
        <translation>hostaddr debe ser una dirección IP, como 10.0.0.7.</translation>
    </message>
    <message>
        <source>Give the server&apos;s name as the host of the URL and its address as hostaddr; the certificate is checked against the name.</source>
        <translation>Indique el nombre del servidor como host de la URL y su dirección como hostaddr; el certificado se comprueba con el nombre.</translation>
    </message>
    <message>
        <source>AppKeys does not understand the parameter “%1” of the PostgreSQL URL.</source>
        <translation>AppKeys no entiende el parámetro «%1» de la URL de PostgreSQL.</translation>
    </message>
    <message>
        <source>It accepts sslmode, sslrootcert, channel_binding, hostaddr and allow_plaintext, for example ?sslmode=verify-full.</source>
        <translation>Acepta sslmode, sslrootcert, channel_binding, hostaddr y allow_plaintext, por ejemplo ?sslmode=verify-full.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL contains a password.</source>
        <translation>La URL de PostgreSQL contiene una contraseña.</translation>
    </message>
    <message>
        <source>AppKeys reads the database password from the keychain, never from the URL: remove it (postgresql://role@host:port/database). You enter it once, and it is kept in the keychain.</source>
        <translation>AppKeys lee la contraseña de la base de datos del llavero, nunca de la URL: quítela (postgresql://rol@host:puerto/base_de_datos). La introduce una vez y queda guardada en el llavero.</translation>
    </message>
    <message>
        <source>This PostgreSQL URL is not valid.</source>
        <translation>Esta URL de PostgreSQL no es válida.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL names no database role.</source>
        <translation>La URL de PostgreSQL no indica ningún rol de base de datos.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL names no server.</source>
        <translation>La URL de PostgreSQL no indica ningún servidor.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL names no database.</source>
        <translation>La URL de PostgreSQL no indica ninguna base de datos.</translation>
    </message>
    <message>
        <source>AppKeys does not connect to the database server %1 with sslmode=%2: the connection may be unencrypted, so that anyone on the network could read the role&apos;s password and the registry, or pose as the server.</source>
        <translation>AppKeys no se conecta al servidor de bases de datos %1 con sslmode=%2: la conexión podría ir sin cifrar, y cualquiera en la red podría leer la contraseña del rol y el registro, o hacerse pasar por el servidor.</translation>
    </message>
    <message>
        <source>Leave sslmode out (AppKeys then uses verify-full: TLS, with the server&apos;s certificate checked against its name), or give sslmode=verify-full and, if the server&apos;s certificate is signed by your own CA, sslrootcert=/path/to/ca.pem. Only on a network you trust, add allow_plaintext=yes to the URL to connect anyway.</source>
        <translation>Omita sslmode (AppKeys usa entonces verify-full: TLS, con el certificado del servidor comprobado con su nombre), o indique sslmode=verify-full y, si el certificado del servidor lo firma su propia CA, sslrootcert=/ruta/a/ca.pem. Solo en una red de confianza: añada allow_plaintext=yes a la URL para conectarse de todos modos.</translation>
    </message>
</context>
<context>
    <name>AppKeys::PrivateFile</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>No se pudo escribir «%1»: %2</translation>
    </message>
    <message>
        <source>Check that the disk is not full and the folder can be written to, or choose another file.</source>
        <translation>Compruebe que el disco no esté lleno y que se pueda escribir en la carpeta, o elija otro archivo.</translation>
    </message>
    <message>
        <source>“%1” is a symbolic link; AppKeys does not write through links.</source>
        <translation>«%1» es un enlace simbólico; AppKeys no escribe a través de enlaces.</translation>
    </message>
    <message>
        <source>Give the path of the file itself, or a new file name.</source>
        <translation>Indique la ruta del propio archivo o un nombre de archivo nuevo.</translation>
    </message>
    <message>
        <source>“%1” is a folder.</source>
        <translation>«%1» es una carpeta.</translation>
    </message>
    <message>
        <source>Give a file name in it.</source>
        <translation>Indique un nombre de archivo dentro de ella.</translation>
    </message>
    <message>
        <source>“%1” is not a plain file but a device, a pipe or a socket.</source>
        <translation>«%1» no es un archivo normal, sino un dispositivo, una tubería o un socket.</translation>
    </message>
    <message>
        <source>Give the name of a plain file, or a new file name.</source>
        <translation>Indique el nombre de un archivo normal o un nombre de archivo nuevo.</translation>
    </message>
</context>
<context>
    <name>AppKeys::ReadSnapshot</name>
    <message>
        <source>Could not read the registry.</source>
        <translation>No se pudo leer el registro.</translation>
    </message>
</context>
<context>
    <name>AppKeys::RedirectUrlListEditor</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>https://app.example.com/callback</source>
        <translation>https://app.example.com/callback</translation>
    </message>
    <message>
        <source>%1 list</source>
        <translation>Lista de %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Remove selected %1</source>
        <translation>Quitar la %1 seleccionada</translation>
    </message>
    <message>
        <source>Press Add to put this URL on the list.</source>
        <translation>Pulse Añadir para poner esta URL en la lista.</translation>
    </message>
</context>
<context>
    <name>AppKeys::RegistryChangeWatcher</name>
    <message>
        <source>Could not listen for changes to the registry %1.</source>
        <translation>No se pudo escuchar los cambios del registro %1.</translation>
    </message>
</context>
<context>
    <name>AppKeys::RegistryConnector</name>
    <message>
        <source>No password for the registry %1 is stored in the keychain yet.</source>
        <translation>Aún no hay ninguna contraseña guardada en el llavero para el registro %1.</translation>
    </message>
    <message>
        <source>Enter the database role&apos;s password once (appkeys login, or when the window asks for it); AppKeys then keeps it in the keychain.</source>
        <translation>Escriba una vez la contraseña del rol de base de datos (appkeys login, o cuando la ventana la pida); AppKeys la guarda después en el llavero.</translation>
    </message>
    <message>
        <source>Could not read the database password from the keychain: %1</source>
        <translation>No se pudo leer la contraseña de la base de datos del llavero: %1</translation>
    </message>
    <message>
        <source>The registry opened, but its password could not be stored in the keychain: %1</source>
        <translation>El registro se abrió, pero no se pudo guardar su contraseña en el llavero: %1</translation>
    </message>
</context>
<context>
    <name>AppKeys::RepairCommand</name>
    <message>
        <source>Bring this keychain and the registry into step: remove keychain entries no live credential uses (each on the audit trail) and list live credentials whose plaintext this keychain lacks.</source>
        <translation>Poner de acuerdo este llavero y el registro: eliminar las entradas del llavero que no usa ninguna credencial vigente (cada una en el registro de auditoría) y listar las credenciales vigentes cuyo texto en claro falta en este llavero.</translation>
    </message>
    <message>
        <source>only report what would be removed; change nothing</source>
        <translation>solo informar de lo que se eliminaría; no cambiar nada</translation>
    </message>
    <message>
        <source>leave unused entries younger than this, which another AppKeys may be writing right now (default: %1)</source>
        <translation>dejar las entradas sin usar más recientes, que otro AppKeys puede estar escribiendo ahora mismo (predeterminado: %1)</translation>
    </message>
    <message>
        <source>bad number of minutes “%1” for &apos;--grace&apos;: use a whole number from 0 to %2</source>
        <translation>número de minutos «%1» no válido para &apos;--grace&apos;: use un número entero de 0 a %2</translation>
    </message>
    <message numerus="yes">
        <source>Would remove %n keychain entry(s) that no live credential uses:</source>
        <translation>
            <numerusform>Se eliminaría %n entrada del llavero que no usa ninguna credencial vigente:</numerusform>
            <numerusform>Se eliminarían %n entradas del llavero que no usa ninguna credencial vigente:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n keychain entry(s) that no live credential used:</source>
        <translation>
            <numerusform>Se eliminó %n entrada del llavero que no usaba ninguna credencial vigente:</numerusform>
            <numerusform>Se eliminaron %n entradas del llavero que no usaba ninguna credencial vigente:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left %n unused entry(s) younger than the grace period, which another AppKeys may be writing:</source>
        <translation>
            <numerusform>Se dejó %n entrada sin usar más reciente que el plazo de gracia, que otro AppKeys puede estar escribiendo:</numerusform>
            <numerusform>Se dejaron %n entradas sin usar más recientes que el plazo de gracia, que otro AppKeys puede estar escribiendo:</numerusform>
        </translation>
    </message>
    <message>
        <source>Unused entries could not be looked for: %1</source>
        <translation>No se pudieron buscar entradas sin usar: %1</translation>
    </message>
    <message>
        <source>“%1” (%2), %3: %4. %5</source>
        <translation>«%1» (%2), %3: %4. %5</translation>
    </message>
    <message>
        <source>This keychain and the registry are in step.</source>
        <translation>Este llavero y el registro están de acuerdo.</translation>
    </message>
    <message numerus="yes">
        <source>%n live credential(s) lack their plaintext in this keychain.</source>
        <translation>
            <numerusform>A %n credencial vigente le falta el texto en claro en este llavero.</numerusform>
            <numerusform>A %n credenciales vigentes les falta el texto en claro en este llavero.</numerusform>
        </translation>
    </message>
    <message>
        <source>Regenerate or rotate them as listed; on a team registry, the admin who issued one may hold it.</source>
        <translation>Regenérelas o rótelas según la lista; en un registro de equipo, puede tenerla el administrador que la emitió.</translation>
    </message>
</context>
<context>
    <name>AppKeys::RepositoryQuery</name>
    <message>
        <source>Could not read the registry.</source>
        <translation>No se pudo leer el registro.</translation>
    </message>
</context>
<context>
    <name>AppKeys::RotateKeyDialog</name>
    <message>
        <source>Rotate API key</source>
        <translation>Rotar clave de API</translation>
    </message>
    <message>
        <source>Issue a new API key for “%1” to replace %2.</source>
        <translation>Emitir una clave de API nueva para «%1» que sustituya a %2.</translation>
    </message>
    <message>
        <source>Overlap in days</source>
        <translation>Solapamiento en días</translation>
    </message>
    <message>
        <source>&amp;Rotate</source>
        <translation>&amp;Rotar</translation>
    </message>
    <message>
        <source>&amp;Overlap</source>
        <translation>&amp;Solapamiento</translation>
    </message>
    <message>
        <source>New key &amp;lifetime</source>
        <translation>&amp;Vigencia de la clave nueva</translation>
    </message>
    <message>
        <source>The old key %1 stops working now.</source>
        <translation>La clave antigua %1 deja de funcionar ahora.</translation>
    </message>
    <message>
        <source>The old key %1 keeps working until %2, so clients can switch to the new key without downtime.</source>
        <translation>La clave antigua %1 sigue funcionando hasta el %2, para que los clientes pasen a la clave nueva sin interrupciones.</translation>
    </message>
    <message>
        <source>The new key expires on %1.</source>
        <translation>La clave nueva caduca el %1.</translation>
    </message>
</context>
<context>
    <name>AppKeys::SchemaMigrations</name>
    <message>
        <source>Could not create the registry&apos;s identity.</source>
        <translation>No se pudo crear la identidad del registro.</translation>
    </message>
</context>
<context>
    <name>AppKeys::SchemaMigrator</name>
    <message>
        <source>Could not update the registry&apos;s schema.</source>
        <translation>No se pudo actualizar el esquema del registro.</translation>
    </message>
    <message>
        <source>Could not record the registry&apos;s schema version.</source>
        <translation>No se pudo registrar la versión de esquema del registro.</translation>
    </message>
    <message>
        <source>The registry “%1” has schema version %2, but this version of AppKeys only knows versions up to %3.</source>
        <translation>El registro «%1» tiene la versión de esquema %2, pero esta versión de AppKeys solo conoce versiones hasta la %3.</translation>
    </message>
    <message>
        <source>Open it with a newer version of AppKeys.</source>
        <translation>Ábralo con una versión más reciente de AppKeys.</translation>
    </message>
    <message>
        <source>An admin must do it: open the registry once with the role that owns its schema, without --read-only. Support staff can connect after that.</source>
        <translation>Debe hacerlo un administrador: abrir el registro una vez con el rol propietario de su esquema, sin --read-only. Después, el personal de soporte puede conectarse.</translation>
    </message>
    <message>
        <source>“%1” holds no AppKeys registry yet, and your database role may not create one.</source>
        <translation>«%1» aún no contiene ningún registro de AppKeys y su rol de base de datos no puede crearlo.</translation>
    </message>
    <message>
        <source>This registry needs an upgrade from schema version %1 to %2, and your database role may not change the schema.</source>
        <translation>Este registro necesita una actualización de la versión de esquema %1 a la %2 y su rol de base de datos no puede cambiar el esquema.</translation>
    </message>
    <message>
        <source>Could not read the registry&apos;s schema version.</source>
        <translation>No se pudo leer la versión de esquema del registro.</translation>
    </message>
    <message>
        <source>“%1” is not an AppKeys database.</source>
        <translation>«%1» no es una base de datos de AppKeys.</translation>
    </message>
    <message>
        <source>Choose an AppKeys registry file or a new file name (on PostgreSQL, an empty database).</source>
        <translation>Elija un archivo de registro de AppKeys o un nombre de archivo nuevo (en PostgreSQL, una base de datos vacía).</translation>
    </message>
    <message>
        <source>This registry needs an upgrade: open it once without --read-only.</source>
        <translation>Este registro necesita una actualización: ábralo una vez sin --read-only.</translation>
    </message>
    <message>
        <source>“%1” has schema version %2; this version of AppKeys reads version %3.</source>
        <translation>«%1» tiene la versión de esquema %2; esta versión de AppKeys lee la versión %3.</translation>
    </message>
</context>
<context>
    <name>AppKeys::ScopeForm</name>
    <message>
        <source>%1 of %2 permissions selected</source>
        <translation>%1 de %2 permisos seleccionados</translation>
    </message>
    <message>
        <source>Select at least one permission.</source>
        <translation>Seleccione al menos un permiso.</translation>
    </message>
</context>
<context>
    <name>AppKeys::ScopePage</name>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>The app was not created</source>
        <translation>La app no se creó</translation>
    </message>
    <message>
        <source>The app was not created, and nothing was saved.</source>
        <translation>La app no se creó y no se guardó nada.</translation>
    </message>
</context>
<context>
    <name>AppKeys::SecretServiceLister</name>
    <message>
        <source>The OS keychain keeps some of AppKeys&apos; entries locked.</source>
        <translation>El llavero del sistema mantiene bloqueadas algunas entradas de AppKeys.</translation>
    </message>
    <message>
        <source>Unlock your keyring and try again.</source>
        <translation>Desbloquee su llavero y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Could not list the OS keychain&apos;s entries: %1</source>
        <translation>No se pudieron listar las entradas del llavero del sistema: %1</translation>
    </message>
    <message>
        <source>AppKeys lists them through the Secret Service (gnome-keyring, KeePassXC, KWallet&apos;s Secret Service).</source>
        <translation>AppKeys las lista a través del Secret Service (gnome-keyring, KeePassXC, el Secret Service de KWallet).</translation>
    </message>
</context>
<context>
    <name>AppKeys::SecretValueDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>Copied. The clipboard clears in %1 s.</source>
        <translation>Copiado. El portapapeles se vacía en %1 s.</translation>
    </message>
</context>
<context>
    <name>AppKeys::ServeCommand</name>
    <message>
        <source>Runs the verification service until stopped (SIGTERM, Ctrl+C): HTTP endpoints that tell whether an API key is valid, from an index of the registry&apos;s key hashes that follows every change within a second. GET /v1/auth for reverse proxies (nginx auth_request, Traefik ForwardAuth, Envoy ext_authz), POST /v1/keys/verify, POST /oauth2/introspect (RFC 7662), GET /healthz and GET /metrics. It records when each key was last used, unless --read-only. Needs no keychain: on PostgreSQL the role&apos;s password comes from a password file (PGPASSFILE). See docs/verification.md.</source>
        <translation>Ejecuta el servicio de verificación hasta que se detenga (SIGTERM, Ctrl+C): endpoints HTTP que dicen si una clave de API es válida, a partir de un índice de los hashes de las claves del registro que sigue cada cambio en menos de un segundo. GET /v1/auth para proxies inversos (nginx auth_request, Traefik ForwardAuth, Envoy ext_authz), POST /v1/keys/verify, POST /oauth2/introspect (RFC 7662), GET /healthz y GET /metrics. Registra cuándo se usó cada clave por última vez, salvo con --read-only. No necesita llavero: en PostgreSQL la contraseña del rol viene de un archivo de contraseñas (PGPASSFILE). Vea docs/verification.md.</translation>
    </message>
    <message>
        <source>where to listen (default 127.0.0.1:%1; port 0 picks a free one)</source>
        <translation>dónde escuchar (predeterminado 127.0.0.1:%1; el puerto 0 elige uno libre)</translation>
    </message>
    <message>
        <source>threads answering requests (default: one per processor)</source>
        <translation>hilos que responden solicitudes (predeterminado: uno por procesador)</translation>
    </message>
    <message>
        <source>how often to record when keys were last used: each key at most once per interval (default 60)</source>
        <translation>cada cuánto registrar cuándo se usaron las claves por última vez: cada clave como mucho una vez por intervalo (predeterminado 60)</translation>
    </message>
    <message>
        <source>time a client has to send a whole request before it is refused (default 10)</source>
        <translation>tiempo que tiene un cliente para enviar una solicitud completa antes de rechazarla (predeterminado 10)</translation>
    </message>
    <message>
        <source>log every verification on standard error, with the key&apos;s hint only</source>
        <translation>registrar cada verificación en la salida de error estándar, solo con la pista de la clave</translation>
    </message>
    <message>
        <source>appkeys serve: stopped.</source>
        <translation>appkeys serve: detenido.</translation>
    </message>
    <message>
        <source>bad value “%1” for &apos;--%2&apos;: use a whole number, 1 or more</source>
        <translation>valor «%1» no válido para &apos;--%2&apos;: use un número entero, 1 o más</translation>
    </message>
</context>
<context>
    <name>AppKeys::SettingsDialog</name>
    <message>
        <source>Save the settings</source>
        <translation>Guardar los ajustes</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Otra…</translation>
    </message>
    <message>
        <source>Looking in the keychain…</source>
        <translation>Buscando en el llavero…</translation>
    </message>
    <message>
        <source>A secret is set; type a new one to replace it</source>
        <translation>Hay un secreto configurado; escriba uno nuevo para sustituirlo</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin configurar</translation>
    </message>
    <message>
        <source>Unknown: the keychain could not be read</source>
        <translation>Desconocido: no se pudo leer el llavero</translation>
    </message>
    <message>
        <source>Without a signing secret, webhook alerts stay pending: the receiver could not tell them from forgeries.</source>
        <translation>Sin secreto de firma, los avisos por webhook quedan pendientes: el receptor no podría distinguirlos de falsificaciones.</translation>
    </message>
    <message>
        <source>The signing secret will be removed from the keychain when you click OK.</source>
        <translation>El secreto de firma se quitará del llavero cuando pulse Aceptar.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Hide the signing secret</source>
        <translation>Ocultar el secreto de firma</translation>
    </message>
    <message>
        <source>Show the signing secret</source>
        <translation>Mostrar el secreto de firma</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty: the registry on this computer, %1</source>
        <translation>Vacío: el registro de este equipo, %1</translation>
    </message>
    <message>
        <source>AppKeys opens this registry from its next start.</source>
        <translation>AppKeys abrirá este registro a partir del próximo inicio.</translation>
    </message>
</context>
<context>
    <name>AppKeys::SettingsRules</name>
    <message>
        <source>Enter at least one number of days before expiry, for example 30, 7, 1.</source>
        <translation>Escriba al menos un número de días antes de la caducidad, por ejemplo 30, 7, 1.</translation>
    </message>
    <message>
        <source>At most %1 alert thresholds are allowed; this list has %2.</source>
        <translation>Se permiten como máximo %1 umbrales de aviso; esta lista tiene %2.</translation>
    </message>
    <message>
        <source>%1 days is not a valid alert threshold: use %2 to %3 days before expiry.</source>
        <translation>%1 días no es un umbral de aviso válido: use de %2 a %3 días antes de la caducidad.</translation>
    </message>
    <message>
        <source>%1 days is in the list twice.</source>
        <translation>%1 días está dos veces en la lista.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of days.</source>
        <translation>«%1» no es un número entero de días.</translation>
    </message>
    <message>
        <source>A URL must not contain spaces or control characters.</source>
        <translation>Una URL no puede contener espacios ni caracteres de control.</translation>
    </message>
    <message>
        <source>This is not a valid URL: %1</source>
        <translation>No es una URL válida: %1</translation>
    </message>
    <message>
        <source>Enter an absolute URL that starts with https://, for example https://hooks.example.com/appkeys.</source>
        <translation>Escriba una URL absoluta que empiece por https://, por ejemplo https://hooks.example.com/appkeys.</translation>
    </message>
    <message>
        <source>The webhook URL must start with https:// (or http://); “%1:” is not allowed.</source>
        <translation>La URL del webhook debe empezar por https:// (o http://); «%1:» no está permitido.</translation>
    </message>
    <message>
        <source>The webhook URL must name a host, as in https://hooks.example.com/appkeys.</source>
        <translation>La URL del webhook debe indicar un host, como en https://hooks.example.com/appkeys.</translation>
    </message>
    <message>
        <source>The webhook URL must not contain a user name or password: the settings file is not the place for them. The receiver checks the signature instead.</source>
        <translation>La URL del webhook no puede contener un nombre de usuario ni una contraseña: el archivo de ajustes no es el lugar para ellos. El receptor comprueba la firma en su lugar.</translation>
    </message>
    <message>
        <source>http is not encrypted: use https unless the receiver runs on this computer (localhost).</source>
        <translation>http no está cifrado: use https salvo que el receptor se ejecute en este equipo (localhost).</translation>
    </message>
    <message>
        <source>A key lifetime of %1 days is not allowed: choose %2 to %3 days.</source>
        <translation>No se permite una vigencia de clave de %1 días: elija de %2 a %3 días.</translation>
    </message>
    <message>
        <source>A rotation overlap of %1 days is not allowed: choose %2 to %3 days.</source>
        <translation>No se permite un solapamiento de rotación de %1 días: elija de %2 a %3 días.</translation>
    </message>
    <message>
        <source>The clipboard cannot be cleared after %1 seconds: choose %2 to %3 seconds.</source>
        <translation>El portapapeles no se puede vaciar a los %1 segundos: elija de %2 a %3 segundos.</translation>
    </message>
    <message>
        <source>Remove the password from the URL: it does not go into the settings file. AppKeys asks for it when it connects (or run appkeys login) and keeps it in the keychain.</source>
        <translation>Quite la contraseña de la URL: no se guarda en el archivo de ajustes. AppKeys la pide al conectarse (o ejecute appkeys login) y la guarda en el llavero.</translation>
    </message>
    <message>
        <source>Write a PostgreSQL registry as postgresql://role@host:port/database, for example postgresql://appkeys_admin@db.example.com:5432/appkeys.</source>
        <translation>Escriba un registro PostgreSQL como postgresql://rol@host:puerto/basededatos, por ejemplo postgresql://appkeys_admin@db.example.com:5432/appkeys.</translation>
    </message>
    <message>
        <source>Give the full path of the SQLite file, for example /srv/appkeys/registry.sqlite.</source>
        <translation>Indique la ruta completa del archivo SQLite, por ejemplo /srv/appkeys/registry.sqlite.</translation>
    </message>
    <message>
        <source>“%1” is a folder: add the registry&apos;s file name.</source>
        <translation>«%1» es una carpeta: añada el nombre del archivo del registro.</translation>
    </message>
    <message>
        <source>There is no file here yet: the window creates a new registry at the next start.</source>
        <translation>Aquí aún no hay ningún archivo: la ventana creará un registro nuevo en el próximo inicio.</translation>
    </message>
    <message>
        <source>Write an SQLite URL with the absolute path: sqlite:///srv/appkeys/registry.sqlite.</source>
        <translation>Escriba una URL de SQLite con la ruta absoluta: sqlite:///srv/appkeys/registry.sqlite.</translation>
    </message>
    <message>
        <source>AppKeys cannot open “%1:” registries: give an SQLite file path, sqlite:///absolute/path or postgresql://role@host:port/database.</source>
        <translation>AppKeys no puede abrir registros «%1:»: indique una ruta de archivo SQLite, sqlite:///ruta/absoluta o postgresql://rol@host:puerto/basededatos.</translation>
    </message>
    <message>
        <source>The keychain cannot be given %1 seconds to answer: choose %2 to %3 seconds.</source>
        <translation>No se pueden dar %1 segundos al llavero para responder: elija de %2 a %3 segundos.</translation>
    </message>
</context>
<context>
    <name>AppKeys::ShowCommand</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>APP</source>
        <translation>APP</translation>
    </message>
    <message>
        <source>Show one app, by id or name: its fields, redirect URLs, permissions, keys and audit history.</source>
        <translation>Muestra una app, por ID o nombre: sus campos, URL de redirección, permisos, claves e historial de auditoría.</translation>
    </message>
    <message>
        <source>No app named or with id “%1”.</source>
        <translation>No hay ninguna app con el nombre o el ID «%1».</translation>
    </message>
    <message>
        <source>&apos;appkeys list&apos; shows the registry&apos;s apps.</source>
        <translation>&apos;appkeys list&apos; muestra las apps del registro.</translation>
    </message>
    <message>
        <source>Post-logout redirect URLs</source>
        <translation>URL de redirección tras cerrar sesión</translation>
    </message>
    <message>
        <source>Post-login redirect URLs</source>
        <translation>URL de redirección tras iniciar sesión</translation>
    </message>
    <message>
        <source>Audit history (%1):</source>
        <translation>Historial de auditoría (%1):</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Application ID:</source>
        <translation>ID de aplicación:</translation>
    </message>
    <message>
        <source>URI:</source>
        <translation>URI:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Login user type:</source>
        <translation>Tipo de usuario:</translation>
    </message>
    <message>
        <source>Source app:</source>
        <translation>App de origen:</translation>
    </message>
    <message>
        <source>Auth method:</source>
        <translation>Autenticación:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Caduca:</translation>
    </message>
    <message>
        <source>Active:</source>
        <translation>Activa:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secreto:</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>Creada por:</translation>
    </message>
    <message>
        <source>Created at:</source>
        <translation>Creada el:</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <source>Permissions (%1):</source>
        <translation>Permisos (%1):</translation>
    </message>
    <message>
        <source>Keys (%1):</source>
        <translation>Claves (%1):</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Keychain: not checked on this machine yet (&apos;appkeys repair --dry-run&apos; checks it).</source>
        <translation>Llavero: aún no comprobado en este equipo (&apos;appkeys repair --dry-run&apos; lo comprueba).</translation>
    </message>
    <message>
        <source>Keychain: every live credential is there (checked %1).</source>
        <translation>Llavero: están todas las credenciales vigentes (comprobado %1).</translation>
    </message>
    <message>
        <source>Keychain: %1 (%2). %3</source>
        <translation>Llavero: %1 (%2). %3</translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation>Último uso:</translation>
    </message>
    <message>
        <source>Last Used</source>
        <translation>Último uso</translation>
    </message>
</context>
<context>
    <name>AppKeys::SortedLines</name>
    <message>
        <source>%1 of %2 lines were read back.</source>
        <translation>Se leyeron de nuevo %1 de %2 líneas.</translation>
    </message>
    <message>
        <source>Could not sort the lines in %1: %2</source>
        <translation>No se pudieron ordenar las líneas en %1: %2</translation>
    </message>
</context>
<context>
    <name>AppKeys::SourceApp</name>
    <message>
        <source>External CMA</source>
        <translation>CMA externa</translation>
    </message>
    <message>
        <source>External Webstore</source>
        <translation>Tienda web externa</translation>
    </message>
    <message>
        <source>Client App</source>
        <translation>App cliente</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>A custom mobile app; its bookings show the Mobile Booking icon.</source>
        <translation>Una app móvil propia; sus reservas llevan el icono de Reserva móvil.</translation>
    </message>
    <message>
        <source>An online store or booking site; its bookings show the Web Booking icon.</source>
        <translation>Una tienda en línea o un sitio de reservas; sus reservas llevan el icono de Reserva web.</translation>
    </message>
    <message>
        <source>The business&apos;s own client app.</source>
        <translation>La app cliente propia del negocio.</translation>
    </message>
    <message>
        <source>A chat or voice bot; its bookings show the Bot Booking icon.</source>
        <translation>Un bot de chat o de voz; sus reservas llevan el icono de Reserva por bot.</translation>
    </message>
</context>
<context>
    <name>AppKeys::SqliteFile</name>
    <message>
        <source>Could not create the folder “%1” for the registry: %2</source>
        <translation>No se pudo crear la carpeta «%1» para el registro: %2</translation>
    </message>
    <message>
        <source>Check that the folder can be created there, or choose another location.</source>
        <translation>Compruebe que la carpeta se pueda crear allí, o elija otra ubicación.</translation>
    </message>
    <message>
        <source>Could not create the registry file “%1”: %2</source>
        <translation>No se pudo crear el archivo de registro «%1»: %2</translation>
    </message>
    <message>
        <source>Check that the folder can be written to, or choose another location.</source>
        <translation>Compruebe que se pueda escribir en la carpeta, o elija otra ubicación.</translation>
    </message>
    <message>
        <source>The registry file “%1” is not writable.</source>
        <translation>No se puede escribir en el archivo de registro «%1».</translation>
    </message>
    <message>
        <source>To only read it, open it with --read-only: appkeys --read-only --database “%1”. To change it, make it writable for your user.</source>
        <translation>Para solo leerlo, ábralo con --read-only: appkeys --read-only --database «%1». Para cambiarlo, haga que su usuario pueda escribir en él.</translation>
    </message>
    <message>
        <source>“%1” may be read by other users of this computer (mode %2). Make it private with: chmod %3 &apos;%1&apos;</source>
        <translation>Otros usuarios de este equipo pueden leer «%1» (modo %2). Hágalo privado con: chmod %3 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>SQLite needs to create “%1-shm” here, but the folder “%2” cannot be written to.</source>
        <translation>SQLite necesita crear «%1-shm» aquí, pero no se puede escribir en la carpeta «%2».</translation>
    </message>
    <message>
        <source>A registry in write-ahead-log mode needs that file even to be read. Let your user write to the folder, or copy the registry to a folder you can write to.</source>
        <translation>Un registro en modo write-ahead log necesita ese archivo incluso para leerse. Permita que su usuario escriba en la carpeta, o copie el registro a una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>“%1” is damaged; restore it from a backup.</source>
        <translation>«%1» está dañado; restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check: %1</source>
        <translation>Comprobación de integridad de SQLite: %1</translation>
    </message>
</context>
<context>
    <name>AppKeys::SqliteSearchIndex</name>
    <message>
        <source>The search index does not match the apps: %1.</source>
        <translation>El índice de búsqueda no coincide con las apps: %1.</translation>
    </message>
    <message>
        <source>Could not read the search index&apos;s definition.</source>
        <translation>No se pudo leer la definición del índice de búsqueda.</translation>
    </message>
    <message>
        <source>its part “%1” is missing or was changed</source>
        <translation>falta su parte «%1» o se modificó</translation>
    </message>
    <message>
        <source>Could not read the search index.</source>
        <translation>No se pudo leer el índice de búsqueda.</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) have no row in it</source>
        <translation>
            <numerusform>%n app no tiene fila en él</numerusform>
            <numerusform>%n apps no tienen fila en él</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;appkeys list --search&apos; may leave out apps. Someone changed the database outside AppKeys: compare the apps with an export or a backup.</source>
        <translation>&apos;appkeys list --search&apos; puede omitir apps. Alguien modificó la base de datos fuera de AppKeys: compare las apps con una exportación o una copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>AppKeys::TableTime</name>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>AppKeys::TranslationLoader</name>
    <message>
        <source>The %1 translation is missing from this build of AppKeys.</source>
        <translation>Falta la traducción «%1» en esta compilación de AppKeys.</translation>
    </message>
    <message>
        <source>Rebuild AppKeys; its translations are compiled into the program.</source>
        <translation>Vuelva a compilar AppKeys; sus traducciones se integran en el programa.</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>Elija uno de: %1.</translation>
    </message>
    <message>
        <source>AppKeys does not speak the language “%1”.</source>
        <translation>AppKeys no habla el idioma «%1».</translation>
    </message>
    <message>
        <source>--%1 needs a language.</source>
        <translation>--%1 necesita un idioma.</translation>
    </message>
</context>
<context>
    <name>AppKeys::TrayNotifier</name>
    <message>
        <source>…and %1 more.</source>
        <translation>…y %1 más.</translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s) are expiring</source>
        <translation>
            <numerusform>%n clave de API está por caducar</numerusform>
            <numerusform>%n claves de API están por caducar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>AppKeys: %n API key(s) are expiring soon</source>
        <translation>
            <numerusform>AppKeys: %n clave de API caduca pronto</numerusform>
            <numerusform>AppKeys: %n claves de API caducan pronto</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppKeys::UsageRecorder</name>
    <message numerus="yes">
        <source>appkeys serve: could not record when %n key(s) were last used; trying again later: %1</source>
        <translation>
            <numerusform>appkeys serve: no se pudo registrar cuándo se usó %n clave por última vez; se reintentará más tarde: %1</numerusform>
            <numerusform>appkeys serve: no se pudo registrar cuándo se usaron %n claves por última vez; se reintentará más tarde: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppKeys::UsageText</name>
    <message>
        <source>Usage: appkeys [COMMAND] [OPTIONS]</source>
        <translation>Uso: appkeys [ORDEN] [OPCIONES]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>[OPTIONS]</source>
        <translation>[OPCIONES]</translation>
    </message>
    <message>
        <source>Options of every command:</source>
        <translation>Opciones de todas las órdenes:</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure (with a message on standard error), 2 bad usage.</source>
        <translation>Estado de salida: 0 éxito, 1 error (con un mensaje en la salida de error estándar), 2 uso incorrecto.</translation>
    </message>
    <message>
        <source>Without --database, the registry chosen in the window&apos;s Settings is used, and without that %1.</source>
        <translation>Sin --database se usa el registro elegido en los Ajustes de la ventana y, si no hay ninguno, %1.</translation>
    </message>
    <message>
        <source>Without a command, appkeys opens the window. The commands only read the registry, except &apos;alerts --send&apos;, which records the alerts it delivers, and &apos;serve&apos;, which records when keys were last used; none prints a secret or a key, only their hints.</source>
        <translation>Sin un comando, appkeys abre la ventana. Los comandos solo leen el registro, salvo &apos;alerts --send&apos;, que registra las alertas que entrega, y &apos;serve&apos;, que registra cuándo se usaron las claves por última vez; ninguno muestra un secreto ni una clave, solo sus pistas.</translation>
    </message>
</context>
<context>
    <name>AppKeys::VerificationService</name>
    <message numerus="yes">
        <source>appkeys serve: listening on http://%1 with %n key(s) of the registry %2.</source>
        <translation>
            <numerusform>appkeys serve: escuchando en http://%1 con %n clave del registro %2.</numerusform>
            <numerusform>appkeys serve: escuchando en http://%1 con %n claves del registro %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>appkeys serve: the registry is open read-only, so when keys were last used is not recorded.</source>
        <translation>appkeys serve: el registro está abierto solo para lectura, así que no se registra cuándo se usaron las claves por última vez.</translation>
    </message>
</context>
<context>
    <name>AppKeys::VerifyCommand</name>
    <message>
        <source>Checks whether the API key on standard input is valid, as &apos;appkeys serve&apos; would: exit status 0 if it is, 1 with the reason if not. The key is never taken from an argument.</source>
        <translation>Comprueba si la clave de API de la entrada estándar es válida, como lo haría &apos;appkeys serve&apos;: estado de salida 0 si lo es, 1 con el motivo si no. La clave nunca se toma de un argumento.</translation>
    </message>
    <message>
        <source>the key&apos;s app must also have this permission (repeat for several: all are required)</source>
        <translation>la app de la clave también debe tener este permiso (repítalo para varios: se requieren todos)</translation>
    </message>
    <message>
        <source>option &apos;--require&apos; needs a permission, for example appointments.read</source>
        <translation>la opción &apos;--require&apos; necesita un permiso, por ejemplo appointments.read</translation>
    </message>
    <message>
        <source>No key on standard input.</source>
        <translation>No hay ninguna clave en la entrada estándar.</translation>
    </message>
    <message>
        <source>Pipe the key in, for example: appkeys verify &lt; key.txt</source>
        <translation>Pase la clave por la entrada, por ejemplo: appkeys verify &lt; key.txt</translation>
    </message>
    <message>
        <source>App: %1 (%2)</source>
        <translation>App: %1 (%2)</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Clave: %1</translation>
    </message>
    <message>
        <source>Permissions: %1</source>
        <translation>Permisos: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Caduca: %1</translation>
    </message>
</context>
<context>
    <name>AppKeys::WebhookSender</name>
    <message>
        <source>The webhook answered HTTP %1 %2.</source>
        <translation>El webhook respondió HTTP %1 %2.</translation>
    </message>
    <message>
        <source>The webhook did not answer within %1 seconds.</source>
        <translation>El webhook no respondió en %1 segundos.</translation>
    </message>
    <message>
        <source>The webhook could not be reached: %1</source>
        <translation>No se pudo contactar con el webhook: %1</translation>
    </message>
</context>
<context>
    <name>AppKeys::WebhookSigningSecret</name>
    <message>
        <source>Enter the signing secret that the webhook&apos;s receiver checks.</source>
        <translation>Escriba el secreto de firma que comprueba el receptor del webhook.</translation>
    </message>
    <message>
        <source>The signing secret must not start or end with a space or line break.</source>
        <translation>El secreto de firma no puede empezar ni terminar con un espacio o un salto de línea.</translation>
    </message>
    <message>
        <source>A secret shorter than %1 characters is easy to guess; use a longer one.</source>
        <translation>Un secreto de menos de %1 caracteres es fácil de adivinar; use uno más largo.</translation>
    </message>
    <message>
        <source>Could not save the webhook signing secret in the keychain.</source>
        <translation>No se pudo guardar el secreto de firma del webhook en el llavero.</translation>
    </message>
    <message>
        <source>No webhook signing secret is set, so the webhook cannot be signed.</source>
        <translation>No hay ningún secreto de firma del webhook configurado, así que el webhook no se puede firmar.</translation>
    </message>
    <message>
        <source>Enter the signing secret in Settings.</source>
        <translation>Escriba el secreto de firma en los Ajustes.</translation>
    </message>
    <message>
        <source>The webhook signing secret could not be read from the keychain.</source>
        <translation>No se pudo leer el secreto de firma del webhook del llavero.</translation>
    </message>
    <message>
        <source>Could not remove the webhook signing secret from the keychain.</source>
        <translation>No se pudo quitar el secreto de firma del webhook del llavero.</translation>
    </message>
</context>
<context>
    <name>AppKeys::WindowLauncher</name>
    <message>
        <source>AppKeys cannot start</source>
        <translation>AppKeys no puede iniciarse</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>Try &apos;appkeys --help&apos;.</source>
        <translation>Pruebe &apos;appkeys --help&apos;.</translation>
    </message>
    <message>
        <source>The registry is not private</source>
        <translation>El registro no es privado</translation>
    </message>
</context>
<context>
    <name>AppKeys::WriteTransaction</name>
    <message>
        <source>Could not start writing to the registry.</source>
        <translation>No se pudo empezar a escribir en el registro.</translation>
    </message>
    <message>
        <source>Could not save the changes to the registry.</source>
        <translation>No se pudieron guardar los cambios en el registro.</translation>
    </message>
</context>
<context>
    <name>AuditTrailWindow</name>
    <message>
        <source>Audit trail — AppKeys</source>
        <translation>Historial de auditoría — AppKeys</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Acción</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Filtrar por acción</translation>
    </message>
    <message>
        <source>Ac&amp;tor</source>
        <translation>Ac&amp;tor</translation>
    </message>
    <message>
        <source>Filter by actor</source>
        <translation>Filtrar por actor</translation>
    </message>
    <message>
        <source>A&amp;pp</source>
        <translation>A&amp;pp</translation>
    </message>
    <message>
        <source>Filter by app</source>
        <translation>Filtrar por app</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>Only entries from a date on</source>
        <translation>Solo entradas desde una fecha</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha desde</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Only entries up to a date</source>
        <translation>Solo entradas hasta una fecha</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Fecha hasta</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>Entradas del historial de auditoría</translation>
    </message>
    <message>
        <source>Entries shown</source>
        <translation>Entradas mostradas</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Verificar la cadena</translation>
    </message>
    <message>
        <source>Check that no entry of the whole audit trail was changed or removed</source>
        <translation>Comprobar que no se ha cambiado ni quitado ninguna entrada de todo el historial de auditoría</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the entries shown as CSV</source>
        <translation>Guardar las entradas mostradas como CSV</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exportar &amp;JSON…</translation>
    </message>
    <message>
        <source>Save the entries shown as JSON</source>
        <translation>Guardar las entradas mostradas como JSON</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>The app was created. Give these credentials to the people who build it.</source>
        <translation>La app se creó. Entregue estas credenciales a quienes la desarrollan.</translation>
    </message>
    <message>
        <source>Application &amp;ID</source>
        <translation>&amp;ID de aplicación</translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation>ID de aplicación</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy Application ID</source>
        <translation>Copiar el ID de aplicación</translation>
    </message>
    <message>
        <source>&amp;Secret</source>
        <translation>&amp;Secreto</translation>
    </message>
    <message>
        <source>Copy secret</source>
        <translation>Copiar el secreto</translation>
    </message>
    <message>
        <source>&amp;Generate API Key</source>
        <translation>&amp;Generar clave de API</translation>
    </message>
    <message>
        <source>Generating API key</source>
        <translation>Generando la clave de API</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>Cla&amp;ve de API</translation>
    </message>
    <message>
        <source>Copy API key</source>
        <translation>Copiar la clave de API</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Manage Applications — AppKeys</source>
        <translation>Gestionar aplicaciones — AppKeys</translation>
    </message>
    <message>
        <source>No apps yet. Click Add to register your first app: one app per use case.</source>
        <translation>Aún no hay apps. Pulse Añadir para registrar su primera app: una app por caso de uso.</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Aplicaciones</translation>
    </message>
    <message>
        <source>App details</source>
        <translation>Detalles de la app</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;App</source>
        <translation>A&amp;pp</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Claves</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Register a new app</source>
        <translation>Registrar una app nueva</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Editar detalles…</translation>
    </message>
    <message>
        <source>Change the selected app&apos;s name, URI, description, type, source and redirect URLs</source>
        <translation>Cambiar el nombre, URI, descripción, tipo, origen y URL de redirección de la app seleccionada</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Edit &amp;scope…</source>
        <translation>Editar a&amp;lcance…</translation>
    </message>
    <message>
        <source>Change the selected app&apos;s authentication method and permissions</source>
        <translation>Cambiar el método de autenticación y los permisos de la app seleccionada</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Re&amp;generate secret…</source>
        <translation>Re&amp;generar secreto…</translation>
    </message>
    <message>
        <source>Replace the selected app&apos;s secret at once</source>
        <translation>Sustituir de inmediato el secreto de la app seleccionada</translation>
    </message>
    <message>
        <source>Reveal/&amp;Copy secret…</source>
        <translation>Mostrar/&amp;copiar secreto…</translation>
    </message>
    <message>
        <source>Read the selected app&apos;s secret from the keychain (recorded in the audit trail)</source>
        <translation>Leer el secreto de la app seleccionada del llavero (queda registrado en el historial de auditoría)</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Desactivar…</translation>
    </message>
    <message>
        <source>Make all of the selected app&apos;s keys unusable until it is reactivated</source>
        <translation>Inutilizar todas las claves de la app seleccionada hasta que se reactive</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>Reac&amp;tivar</translation>
    </message>
    <message>
        <source>Make the selected app&apos;s keys usable again</source>
        <translation>Volver a hacer utilizables las claves de la app seleccionada</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <source>Delete the selected app and its keychain entries; its audit trail stays</source>
        <translation>Borrar la app seleccionada y sus entradas del llavero; su historial de auditoría se conserva</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>&amp;Generate key…</source>
        <translation>&amp;Generar clave…</translation>
    </message>
    <message>
        <source>Issue a new API key for the selected app</source>
        <translation>Emitir una clave de API nueva para la app seleccionada</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>&amp;Rotate key…</source>
        <translation>&amp;Rotar clave…</translation>
    </message>
    <message>
        <source>Issue a new API key and let the old one work for a few more days</source>
        <translation>Emitir una clave de API nueva y dejar que la antigua funcione unos días más</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Re&amp;voke key…</source>
        <translation>Re&amp;vocar clave…</translation>
    </message>
    <message>
        <source>End an API key now, for good</source>
        <translation>Anular una clave de API ahora y para siempre</translation>
    </message>
    <message>
        <source>Reveal/&amp;Copy key…</source>
        <translation>Mostrar/&amp;copiar clave…</translation>
    </message>
    <message>
        <source>Read an API key from the keychain (recorded in the audit trail)</source>
        <translation>Leer una clave de API del llavero (queda registrado en el historial de auditoría)</translation>
    </message>
    <message>
        <source>&amp;Export apps…</source>
        <translation>&amp;Exportar apps…</translation>
    </message>
    <message>
        <source>Save the apps shown as CSV or JSON</source>
        <translation>Guardar las apps mostradas como CSV o JSON</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Historial de auditoría…</translation>
    </message>
    <message>
        <source>Show, filter, verify and export the audit trail</source>
        <translation>Mostrar, filtrar, verificar y exportar el historial de auditoría</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Search the apps</source>
        <translation>Buscar en las apps</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Read the registry again</source>
        <translation>Volver a leer el registro</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close AppKeys</source>
        <translation>Cerrar AppKeys</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
</context>
<context>
    <name>ScopeForm</name>
    <message>
        <source>Authentication method</source>
        <translation>Método de autenticación</translation>
    </message>
    <message>
        <source>API keys (APIKEY GROUPS)</source>
        <translation>Claves de API (APIKEY GROUPS)</translation>
    </message>
    <message>
        <source>Access tokens (JWT GROUPS)</source>
        <translation>Tokens de acceso (JWT GROUPS)</translation>
    </message>
    <message>
        <source>The app sends its API key with every request.</source>
        <translation>La app envía su clave de API con cada solicitud.</translation>
    </message>
    <message>
        <source>The app signs in and sends short-lived access tokens.</source>
        <translation>La app inicia sesión y envía tokens de acceso de corta duración.</translation>
    </message>
    <message>
        <source>&amp;Permissions</source>
        <translation>&amp;Permisos</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtro</translation>
    </message>
    <message>
        <source>Filter permissions</source>
        <translation>Filtrar permisos</translation>
    </message>
    <message>
        <source>Group, permission or ID</source>
        <translation>Grupo, permiso o ID</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Choose how the app authenticates and what it may do. Grant only what its use case needs.</source>
        <translation>Elija cómo se autentica la app y qué puede hacer. Conceda solo lo que necesita su caso de uso.</translation>
    </message>
    <message>
        <source>Next creates the app and issues its Application ID and secret. There is no going back after that.</source>
        <translation>Siguiente crea la app y emite su ID de aplicación y su secreto. Después ya no hay vuelta atrás.</translation>
    </message>
    <message>
        <source>Creating app</source>
        <translation>Creando la app</translation>
    </message>
    <message>
        <source>Creating app…</source>
        <translation>Creando la app…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings — AppKeys</source>
        <translation>Ajustes — AppKeys</translation>
    </message>
    <message>
        <source>Expiry alerts</source>
        <translation>Avisos de caducidad</translation>
    </message>
    <message>
        <source>&amp;Send alerts before API keys expire</source>
        <translation>&amp;Enviar avisos antes de que caduquen las claves de API</translation>
    </message>
    <message>
        <source>Send expiry alerts</source>
        <translation>Enviar avisos de caducidad</translation>
    </message>
    <message>
        <source>&amp;Thresholds</source>
        <translation>&amp;Umbrales</translation>
    </message>
    <message>
        <source>Alert thresholds in days before expiry</source>
        <translation>Umbrales de aviso en días antes de la caducidad</translation>
    </message>
    <message>
        <source>Days before expiry, e.g. 30, 7, 1</source>
        <translation>Días antes de la caducidad, p. ej. 30, 7, 1</translation>
    </message>
    <message>
        <source>&amp;Webhook URL</source>
        <translation>URL del &amp;webhook</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL del webhook</translation>
    </message>
    <message>
        <source>Empty: no webhook. E.g. https://hooks.example.com/appkeys</source>
        <translation>Vacío: sin webhook. P. ej. https://hooks.example.com/appkeys</translation>
    </message>
    <message>
        <source>Si&amp;gning secret</source>
        <translation>Secreto de fir&amp;ma</translation>
    </message>
    <message>
        <source>Webhook signing secret</source>
        <translation>Secreto de firma del webhook</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the signing secret</source>
        <translation>Mostrar el secreto de firma</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the signing secret from the keychain</source>
        <translation>Quitar el secreto de firma del llavero</translation>
    </message>
    <message>
        <source>Stored in your keychain, never in the settings file. The receiver checks the X-AppKeys-Signature header with it.</source>
        <translation>Se guarda en su llavero, nunca en el archivo de ajustes. El receptor comprueba con él la cabecera X-AppKeys-Signature.</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Claves de API</translation>
    </message>
    <message>
        <source>Default &amp;lifetime</source>
        <translation>&amp;Vigencia predeterminada</translation>
    </message>
    <message>
        <source>Default key lifetime</source>
        <translation>Vigencia predeterminada de la clave</translation>
    </message>
    <message>
        <source>Other key lifetime in days</source>
        <translation>Otra vigencia de la clave en días</translation>
    </message>
    <message>
        <source>Rotation &amp;overlap</source>
        <translation>S&amp;olapamiento de rotación</translation>
    </message>
    <message>
        <source>Rotation overlap in days</source>
        <translation>Solapamiento de rotación en días</translation>
    </message>
    <message>
        <source>How long the old key keeps working after a rotation, so clients can switch without downtime.</source>
        <translation>Cuánto tiempo sigue funcionando la clave antigua tras una rotación, para que los clientes cambien sin interrupciones.</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Portapapeles</translation>
    </message>
    <message>
        <source>&amp;Clear copied secrets after</source>
        <translation>&amp;Borrar los secretos copiados tras</translation>
    </message>
    <message>
        <source>Clear copied secrets after seconds</source>
        <translation>Borrar los secretos copiados tras segundos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>Ubi&amp;cación</translation>
    </message>
    <message>
        <source>Registry location</source>
        <translation>Ubicación del registro</translation>
    </message>
    <message>
        <source>An SQLite file, sqlite:///absolute/path or postgresql://role@host:port/database. Used from the next start of AppKeys; --database overrides it. A database password is never kept here: AppKeys asks for it and keeps it in your keychain.</source>
        <translation>Un archivo SQLite, sqlite:///ruta/absoluta o postgresql://rol@host:puerto/basededatos. Se usa a partir del próximo inicio de AppKeys; --database tiene prioridad. Aquí nunca se guarda una contraseña de base de datos: AppKeys la pide y la guarda en su llavero.</translation>
    </message>
</context>
</TS>

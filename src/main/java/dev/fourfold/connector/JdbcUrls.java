package dev.fourfold.connector;

import dev.fourfold.shared.InvalidInputException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which JDBC URLs a connector may use: an allow-list of drivers, and for each driver an allow-list of the
 * parameters it may carry, so that no driver option can load classes, run scripts or read or write local files
 * (PostgreSQL's {@code socketFactory}, MySQL's {@code allowLoadLocalInfile} or {@code autoDeserialize}, H2's
 * {@code INIT=RUNSCRIPT}). Names known to be dangerous are also refused wherever they appear in the URL, which
 * catches MySQL's per-host {@code (key=value)} syntax and percent-encoded names.
 */
final class JdbcUrls {

    private static final String FIELD = "jdbcUrl";

    /** Parameter names (lower case) each driver may be given. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "postgresql", Set.of("ssl", "sslmode", "sslrootcert", "sslcert", "sslkey", "currentschema",
                    "applicationname", "connecttimeout", "sockettimeout", "logintimeout", "tcpkeepalive",
                    "targetservertype", "loadbalancehosts", "readonly", "prepareThreshold".toLowerCase(Locale.ROOT),
                    "defaultrowfetchsize", "gssencmode", "channelbinding"),
            "mysql", Set.of("usessl", "sslmode", "requiressl", "verifyservercertificate", "servertimezone",
                    "connectiontimezone", "connecttimeout", "sockettimeout", "characterencoding", "useunicode",
                    "zerodatetimebehavior", "trustcertificatekeystoreurl", "trustcertificatekeystorepassword",
                    "trustcertificatekeystoretype", "usecompression", "tcpkeepalive", "enabledtlsprotocols",
                    "allowpublickeyretrieval", "readonlypropagatestoserver"),
            "mariadb", Set.of("sslmode", "serversslcert", "truststore", "truststorepassword", "truststoretype",
                    "connecttimeout", "sockettimeout", "usecompression", "tcpkeepalive", "timezone",
                    "enabledsslprotocolsuites", "allowpublickeyretrieval", "restrictedauth"),
            "sqlserver", Set.of("databasename", "database", "encrypt", "trustservercertificate", "truststore",
                    "truststorepassword", "truststoretype", "hostnameincertificate", "logintimeout",
                    "applicationname", "applicationintent", "instancename", "portnumber", "servername",
                    "sockettimeout", "querytimeout", "multisubnetfailover"),
            "h2", Set.of("mode", "db_close_delay", "database_to_lower", "database_to_upper",
                    "case_insensitive_identifiers", "default_null_ordering", "ifexists", "access_mode_data"));

    /** Names refused wherever they appear: they load classes, run code or touch local files. */
    private static final List<String> DANGEROUS = List.of("socketfactory", "sslfactory", "sslpasswordcallback",
            "sslhostnameverifier", "loggerfile", "loggerlevel", "authenticationpluginclassname", "allowloadlocalinfile",
            "allowurlinlocalinfile", "autodeserialize", "queryinterceptors", "statementinterceptors",
            "exceptioninterceptors", "connectionlifecycleinterceptors", "authenticationplugins",
            "defaultauthenticationplugin", "propertiestransform", "connectionattributes", "credentialtype",
            "accesstokencallbackclass", "trustmanagerclass", "keystoreauthentication", "keyvaultprovider",
            "init=", "runscript", "javaobjectserializer", "java_object_serializer", "plugin", "classname");

    private JdbcUrls() {
    }

    /** The driver of an allowed URL ({@code postgresql}, {@code mysql}, …); refuses any other with 400. */
    static String check(String url, boolean allowH2) {
        if (url == null || url.isBlank()) {
            throw refused("is required, e.g. jdbc:postgresql://erp.example.com:5432/erp");
        }
        if (url.length() > 1000 || url.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw refused("is too long or holds control characters");
        }
        String lower = decoded(url).toLowerCase(Locale.ROOT);
        String driver = driver(lower, allowH2);
        for (String word : DANGEROUS) {
            if (lower.replace(" ", "").contains(word)) {
                throw refused("may not use the driver option '" + word.replace("=", "")
                        + "': it could run code or read local files");
            }
        }
        for (String name : parameters(driver, lower)) {
            if (!ALLOWED.get(driver).contains(name)) {
                throw refused("may not use the parameter '" + name + "' (allowed for " + driver + ": "
                        + String.join(", ", ALLOWED.get(driver).stream().sorted().toList()) + ")");
            }
        }
        return driver;
    }

    private static String driver(String lower, boolean allowH2) {
        for (String driver : List.of("postgresql", "mysql", "mariadb", "sqlserver")) {
            if (lower.startsWith("jdbc:" + driver + "://")) {
                return driver;
            }
        }
        if (lower.startsWith("jdbc:h2:")) {
            if (!allowH2) {
                throw refused("may not name an H2 database: connectors read PostgreSQL, MySQL, MariaDB or SQL Server");
            }
            if (!lower.startsWith("jdbc:h2:mem:") && !lower.startsWith("jdbc:h2:tcp://")) {
                throw refused("may name only an in-memory or a tcp:// H2 database, never a local file");
            }
            return "h2";
        }
        throw refused("must start with jdbc:postgresql://, jdbc:mysql://, jdbc:mariadb:// or jdbc:sqlserver://");
    }

    /** The names of the URL's parameters: after {@code ?} joined by {@code &}, or after {@code ;} for SQL Server and H2. */
    private static List<String> parameters(String driver, String lower) {
        boolean semicolons = driver.equals("sqlserver") || driver.equals("h2");
        int start = semicolons ? lower.indexOf(';') : lower.indexOf('?');
        if (start < 0) {
            return List.of();
        }
        String[] pairs = lower.substring(start + 1).split(semicolons ? ";" : "&");
        return java.util.Arrays.stream(pairs).filter(p -> !p.isBlank())
                .map(p -> p.contains("=") ? p.substring(0, p.indexOf('=')).strip() : p.strip()).toList();
    }

    /** The URL with percent-encoding undone until nothing changes, so that no encoded name slips through. */
    private static String decoded(String url) {
        String text = url;
        for (int i = 0; i < 5; i++) {
            String next;
            try {
                next = URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw refused("holds a malformed percent-encoding");
            }
            if (next.equals(text)) {
                return text;
            }
            text = next;
        }
        return text;
    }

    private static InvalidInputException refused(String message) {
        return new InvalidInputException(FIELD, message);
    }
}

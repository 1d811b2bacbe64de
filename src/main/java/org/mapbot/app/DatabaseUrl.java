package org.mapbot.app;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** {@code DATABASE_URL} as JDBC needs it: either {@code jdbc:postgresql://…} or Heroku-style {@code postgres://user:pass@host:port/db}. */
public record DatabaseUrl(String jdbcUrl, String user, String password) {

    public static DatabaseUrl parse(String raw) {
        if (raw.startsWith("jdbc:postgresql://")) {
            return new DatabaseUrl(raw, null, null);
        }
        if (raw.startsWith("postgres://") || raw.startsWith("postgresql://")) {
            try {
                URI uri = new URI(raw);
                if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
                    throw invalid(raw);
                }
                String user = null;
                String password = null;
                if (uri.getRawUserInfo() != null) {
                    String[] parts = uri.getRawUserInfo().split(":", 2);
                    user = decode(parts[0]);
                    password = parts.length > 1 ? decode(parts[1]) : null;
                }
                int port = uri.getPort() == -1 ? 5432 : uri.getPort();
                String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
                return new DatabaseUrl("jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getPath() + query, user, password);
            } catch (URISyntaxException e) {
                throw invalid(raw);
            }
        }
        throw invalid(raw);
    }

    /** The URL with any password removed, for logs. */
    public static String redact(String raw) {
        return raw.replaceAll("(//[^:/@]+:)[^@]*@", "$1***@").replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static ConfigException invalid(String raw) {
        return new ConfigException("DATABASE_URL must look like jdbc:postgresql://host:5432/db or postgres://user:pass@host:5432/db (got '"
                + redact(raw) + "')");
    }

    @Override
    public String toString() {
        return "DatabaseUrl[" + redact(jdbcUrl) + "]";
    }
}

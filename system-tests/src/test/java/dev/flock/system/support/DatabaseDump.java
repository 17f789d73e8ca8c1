package dev.flock.system.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The whole database as text, and the forms a secret could take in it: for the erasure tests. */
public final class DatabaseDump {

    private DatabaseDump() {
    }

    /** Every row of every table of every schema but PostgreSQL's own, as text (bytea as hex). */
    public static String of(JdbcClient database) {
        return of(database, "");
    }

    /** Every row of every table of the schemas whose names start with {@code prefix}, as text. */
    public static String of(JdbcClient database, String prefix) {
        List<String> tables = database.sql("""
                        select quote_ident(table_schema) || '.' || quote_ident(table_name)
                        from information_schema.tables
                        where table_type = 'BASE TABLE'
                          and table_schema not in ('pg_catalog', 'information_schema')
                          and table_schema like :prefix || '%'""")
                .param("prefix", prefix)
                .query(String.class).list();
        StringBuilder dump = new StringBuilder();
        for (String table : tables) {
            database.sql("select t::text from " + table + " t").query(String.class).list()
                    .forEach(row -> dump.append(row).append('\n'));
        }
        return dump.toString();
    }

    /**
     * Every row of every table of each view's live slot (as {@code query.projection_slot} names it), as text,
     * sorted; by view and table.
     */
    public static Map<String, List<String>> liveViews(JdbcClient database, List<String> views) {
        Map<String, List<String>> tables = new TreeMap<>();
        for (String view : views) {
            String slot = database.sql("select live_slot from query.projection_slot where view_name = :v")
                    .param("v", view).query(String.class).single();
            String schema = view + "_" + slot;
            for (String table : database.sql("""
                            select table_name from information_schema.tables
                            where table_schema = :schema and table_type = 'BASE TABLE'
                              and table_name <> 'flyway_schema_history'""")
                    .param("schema", schema).query(String.class).list()) {
                tables.put(view + "." + table, database.sql("select t::text from " + schema + "." + table + " t")
                        .query(String.class).list().stream().sorted().toList());
            }
        }
        return tables;
    }

    /**
     * The text as it would appear: plain, as the hex of its UTF-8 bytes (how bytea prints), and in base64 at each
     * of the three alignments it could have inside a longer encoded value (without the edge characters that
     * depend on its neighbours).
     */
    public static List<String> forms(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<String> forms = new ArrayList<>(List.of(text, HexFormat.of().formatHex(bytes)));
        for (int shift = 0; shift < 3; shift++) {
            byte[] shifted = new byte[shift + bytes.length];
            System.arraycopy(bytes, 0, shifted, shift, bytes.length);
            String encoded = Base64.getEncoder().withoutPadding().encodeToString(shifted);
            forms.add(encoded.substring(shift == 0 ? 0 : 4, encoded.length() - 4));
        }
        return forms;
    }
}

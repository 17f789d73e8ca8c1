package dev.flock.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flock.query.support.TestServices;
import dev.flock.testsupport.EmbeddedPostgresInitializer;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The views' tables, written once per view and applied to both slots: a new database gets the same tables as one
 * built by the query side's migrations before views had their own (V1 to V5, kept in {@code db/legacy-query}),
 * and a query side started on such a database keeps its rows.
 */
class ViewSchemasIT {

    @Test
    void aDatabaseBuiltByTheOldMigrationsEndsUpWithTheTablesOfANewOneAndKeepsItsRows() {
        String fresh = EmbeddedPostgresInitializer.newDatabase();
        try (ConfigurableApplicationContext querySide = TestServices.startQuerySide(fresh, configurer -> { })) {
            assertThat(querySide.getBean(ProjectionSlots.class).views())
                    .containsExactly("follows", "posts", "profiles", "relationships", "timeline");
        }

        String legacy = EmbeddedPostgresInitializer.newDatabase();
        Flyway.configure()
                .dataSource(dataSource(legacy))
                .schemas("query")
                .defaultSchema("query")
                .locations("classpath:db/legacy-query")
                .load()
                .migrate();
        JdbcClient old = JdbcClient.create(dataSource(legacy));
        UUID ann = UUID.randomUUID();
        old.sql("""
                        insert into profiles_b.profile (user_id, username, username_key, registered_at)
                        values (:id, 'Ann', 'ann', now())""")
                .param("id", ann)
                .update();
        TestServices.startQuerySide(legacy, configurer -> { }).close();

        assertThat(old.sql("select user_id from profiles_b.profile where username_key = 'ann'")
                .query(UUID.class).single()).isEqualTo(ann);
        assertThat(columns(legacy)).isNotEmpty().containsExactlyElementsOf(columns(fresh));
        assertThat(indexes(legacy)).isNotEmpty().containsExactlyElementsOf(indexes(fresh));
        String slots = "select view_name || ' ' || live_slot from query.projection_slot";
        assertThat(rows(legacy, slots)).hasSize(5).containsExactlyElementsOf(rows(fresh, slots));
    }

    /** Every column of every table of the views' slots and of {@code query}, but Flyway's own. */
    private static List<String> columns(String jdbcUrl) {
        return rows(jdbcUrl, """
                select table_schema || '.' || table_name || '.' || column_name || ' ' || data_type || ' '
                       || is_nullable || ' ' || coalesce(column_default, '')
                from information_schema.columns
                where (table_schema ~ '_[ab]$' or table_schema = 'query') and table_name <> 'flyway_schema_history'""");
    }

    /** Every index, without its name (the old migrations let PostgreSQL name those of slot b). */
    private static List<String> indexes(String jdbcUrl) {
        return rows(jdbcUrl, """
                select regexp_replace(indexdef, 'INDEX \\S+ ON', 'INDEX ON') from pg_indexes
                where (schemaname ~ '_[ab]$' or schemaname = 'query') and tablename <> 'flyway_schema_history'""");
    }

    private static List<String> rows(String jdbcUrl, String sql) {
        return JdbcClient.create(dataSource(jdbcUrl)).sql(sql + " order by 1").query(String.class).list();
    }

    private static DataSource dataSource(String jdbcUrl) {
        return new DriverManagerDataSource(jdbcUrl, "postgres", "postgres");
    }
}

package dev.flock.query.projection;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Creates and migrates the views' tables, after the query side's own schema ({@code query}: tokens, slots, dead
 * letters), before anything reads or writes them: a callback of the Flyway that Spring Boot runs at start, which
 * every bean that uses the database waits for.
 *
 * <p>A view's DDL is written once, in {@code db/views/<view>/V*.sql}, with unqualified table names; it is applied
 * to each slot's schema ({@code <view>_a}, {@code <view>_b}) by a Flyway of its own whose default schema, and
 * history table, is that slot's. A slot schema that already has tables but no history (made by the query side's
 * migrations before views had their own) is taken as being at version 1.
 */
@Component
public class ViewSchemas implements Callback {

    private final DataSource dataSource;
    private final List<View> views;

    ViewSchemas(DataSource dataSource, List<View> views) {
        this.dataSource = dataSource;
        this.views = views;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    /** After the query side's own migrations: the views'. */
    @Override
    public void handle(Event event, Context context) {
        migrate(dataSource, views);
    }

    @Override
    public String getCallbackName() {
        return "views";
    }

    /** Migrates every slot of every view, then gives each view without a row in {@code projection_slot} one. */
    public static void migrate(DataSource dataSource, List<View> views) {
        for (View view : views) {
            for (String slot : ProjectionSlots.SLOTS) {
                String schema = ProjectionSlots.schema(view.name(), slot);
                Flyway.configure(ViewSchemas.class.getClassLoader())
                        .dataSource(dataSource)
                        .schemas(schema)
                        .defaultSchema(schema)
                        .locations("classpath:db/views/" + view.name())
                        .baselineOnMigrate(true)
                        .baselineVersion("1")
                        .load()
                        .migrate();
            }
        }
        ProjectionSlots.register(JdbcClient.create(dataSource), views.stream().map(View::name).toList());
    }
}

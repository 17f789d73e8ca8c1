package db.migration.command;

import dev.flock.web.events.PersonalData;
import dev.flock.web.events.PersonalFields;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one sanctioned rewrite of the event store: the personal fields of events stored before v2 (each
 * {@code UserRegistered}'s email, each {@code PostPublished}'s body, in plain text) are encrypted in place, under
 * the key of their user or post, exactly as the event serializer stores them since ({@link PersonalData}), so that
 * deleting a user or a post erases these too. Nothing else of an event changes: not its position, identifier,
 * type, revision or any other field; a value already encrypted is left alone. Flyway runs it once, in one
 * transaction, and records it; progress and totals are logged.
 */
public class V6__encrypt_personal_data extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V6__encrypt_personal_data.class);
    private static final int CHUNK = 1_000;
    /** The event types with personal data, by name ({@link PersonalFields}). */
    private static final String[] TYPES = PersonalFields.ALL.stream().map(field -> field.event().getName())
            .toArray(String[]::new);

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        PersonalData personalData = new PersonalData(
                JdbcClient.create(new SingleConnectionDataSource(connection, true)), true);
        long total = countCandidates(connection);
        log.info("Encrypting the personal fields of up to {} events stored before encryption", total);
        long after = -1;
        long seen = 0;
        long encrypted = 0;
        while (true) {
            List<Row> rows = chunk(connection, after);
            if (rows.isEmpty()) {
                break;
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "update eventstore.domain_event_entry set payload = ? where global_index = ?")) {
                for (Row row : rows) {
                    PersonalFields.Field field = PersonalFields.of(row.type()).orElseThrow();
                    ObjectNode payload = (ObjectNode) json.readTree(row.payload());
                    String value = payload.path(field.name()).asString(null);
                    if (value != null && !value.startsWith(PersonalData.PREFIX)) {
                        String subject = payload.path(field.subject()).asString();
                        payload.put(field.name(), personalData.encrypt(subject, field.name(), value).orElseThrow());
                        update.setBytes(1, json.writeValueAsBytes(payload));
                        update.setLong(2, row.globalIndex());
                        update.addBatch();
                        encrypted++;
                    }
                }
                update.executeBatch();
            }
            seen += rows.size();
            after = rows.get(rows.size() - 1).globalIndex();
            log.info("Encrypting personal fields: {} of {} events read, {} encrypted", seen, total, encrypted);
        }
        log.info("Encrypted the personal fields of {} events ({} read)", encrypted, seen);
    }

    private record Row(long globalIndex, String type, byte[] payload) {
    }

    private static long countCandidates(Connection connection) throws Exception {
        try (PreparedStatement count = connection.prepareStatement(
                "select count(*) from eventstore.domain_event_entry where payload_type = any (?)")) {
            count.setArray(1, connection.createArrayOf("varchar", TYPES));
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static List<Row> chunk(Connection connection, long after) throws Exception {
        try (PreparedStatement select = connection.prepareStatement("""
                select global_index, payload_type, payload from eventstore.domain_event_entry
                where payload_type = any (?) and global_index > ?
                order by global_index limit ?""")) {
            select.setArray(1, connection.createArrayOf("varchar", TYPES));
            select.setLong(2, after);
            select.setInt(3, CHUNK);
            List<Row> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getLong(1), result.getString(2), result.getBytes(3)));
                }
            }
            return rows;
        }
    }
}

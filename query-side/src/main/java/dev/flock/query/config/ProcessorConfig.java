package dev.flock.query.config;

import dev.flock.query.api.ConsistencyGate;
import dev.flock.query.api.ProjectionSlots;
import dev.flock.query.follows.FollowQueries;
import dev.flock.query.posts.PostQueries;
import dev.flock.query.profile.Profiles;
import dev.flock.query.timeline.TimelineQueries;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The views' processors: for each view, one pooled streaming processor per slot ({@code timeline-a} writes schema
 * {@code timeline_a}, {@code timeline-b} writes {@code timeline_b}), each with its own instance of the view's
 * projector, {@code flock.projections.segments} segments and batches of {@code flock.projections.batch-size}
 * events per transaction. Only the live slot's processor runs, and during a replay the one building the other
 * slot ({@code ReplayCoordinator}). Every processor tells the {@link ConsistencyGate} when a batch has
 * committed, so a read waiting for a consistency token looks again at once.
 */
@Configuration(proxyBeanMethods = false)
class ProcessorConfig {

    private static final Map<String, BiFunction<JdbcClient, String, Object>> PROJECTORS = Map.of(
            Profiles.VIEW, Profiles::projector,
            FollowQueries.VIEW, FollowQueries::projector,
            PostQueries.VIEW, PostQueries::projector);

    /** Dead letters in {@code query.dead_letter_entry}, with Flock's column names. */
    static final DeadLetterSchema DEAD_LETTER_SCHEMA = DeadLetterSchema.builder()
            .deadLetterTable("dead_letter_entry")
            .deadLetterIdentifierColumn("dead_letter_identifier")
            .processingGroupColumn("processing_group")
            .sequenceIdentifierColumn("sequence_identifier")
            .sequenceIndexColumn("sequence_index")
            .messageTypeColumn("message_type")
            .eventIdentifierColumn("event_identifier")
            .timestampColumn("time_stamp")
            .payloadTypeColumn("payload_type")
            .payloadRevisionColumn("payload_revision")
            .payloadColumn("payload")
            .metaDataColumn("meta_data")
            .aggregateTypeColumn("aggregate_type")
            .aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number")
            .tokenTypeColumn("token_type")
            .tokenColumn("token")
            .enqueuedAtColumn("enqueued_at")
            .lastTouchedColumn("last_touched")
            .processingStartedColumn("processing_started")
            .causeTypeColumn("cause_type")
            .causeMessageColumn("cause_message")
            .diagnosticsColumn("diagnostics")
            .build();

    /**
     * Source, gate and the database's connection and transaction come late, from providers: they depend on Axon's
     * configuration, which this module feeds.
     */
    @Bean
    ConfigurerModule viewProcessors(JdbcClient jdbc, ObjectProvider<PromptEventSource> source,
                                    ObjectProvider<ConsistencyGate> gate, ObjectProvider<ProjectionSlots> slots,
                                    ObjectProvider<ConnectionProvider> connections,
                                    ObjectProvider<TransactionManager> transactions,
                                    ObjectProvider<QueryInstances> instances,
                                    @Value("${flock.projections.segments:4}") int segments,
                                    @Value("${flock.projections.batch-size:100}") int batchSize,
                                    @Value("${flock.timeline.celebrity-followers:10000}") int celebrityFollowers) {
        MessageHandlerInterceptor<EventMessage<?>> signal = (unitOfWork, chain) -> {
            unitOfWork.afterCommit(committed -> gate.getObject().signal());
            return chain.proceed();
        };
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing();
            for (String view : ProjectionSlots.VIEWS) {
                for (String slot : ProjectionSlots.SLOTS) {
                    String name = ProjectionSlots.processor(view, slot);
                    String schema = ProjectionSlots.schema(view, slot);
                    Object projector = view.equals(TimelineQueries.VIEW)
                            ? TimelineQueries.projector(jdbc, schema, celebrityFollowers)
                            : PROJECTORS.get(view).apply(jdbc, schema);
                    processing.registerEventHandler(config -> projector)
                            .assignHandlerInstancesMatching(name, candidate -> candidate == projector)
                            .registerPooledStreamingEventProcessor(name,
                                    config -> source.getObject().gatedBy(() -> slots.getObject().isActive(name)),
                                    (config, builder) -> builder.initialSegmentCount(segments).batchSize(batchSize)
                                            // segments shared among the live instances; a dead one's claims
                                            // (5 s timeout, extended every 2 s) are taken over within a second
                                            .maxSegmentProvider(group -> instances.getObject().fairShare(segments))
                                            .tokenClaimInterval(1000)
                                            .claimExtensionThreshold(2000)
                                            // slot a builds the first generation from the start; slot b is only
                                            // ever built by a replay, which resets it to the start itself
                                            .initialToken(slot.equals("a") ? StreamableMessageSource::createTailToken
                                                    : StreamableMessageSource::createHeadToken))
                            .registerHandlerInterceptor(name, config -> signal)
                            // an event the projector fails on is parked with the rest of its sequence, and the
                            // view goes on with every other sequence (operator API: /api/admin/dead-letters)
                            .registerDeadLetterQueue(name, config -> JdbcSequencedDeadLetterQueue.builder()
                                    .processingGroup(name)
                                    .schema(DEAD_LETTER_SCHEMA)
                                    .connectionProvider(connections.getObject())
                                    .transactionManager(transactions.getObject())
                                    .genericSerializer(config.serializer())
                                    .eventSerializer(config.eventSerializer())
                                    .build())
                            // without it every event costs a look into the queue: is its sequence parked?
                            .registerDeadLetteringEventHandlerInvokerConfiguration(name,
                                    (config, invoker) -> invoker.enableSequenceIdentifierCache());
                    if (view.equals(TimelineQueries.VIEW)) {
                        processing.registerSequencingPolicy(name, config -> TimelineQueries.sequencingPolicy());
                    }
                }
            }
        };
    }
}

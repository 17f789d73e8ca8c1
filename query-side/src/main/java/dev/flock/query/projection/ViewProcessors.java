package dev.flock.query.projection;

import java.util.List;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The views' processors: for each {@link View}, one pooled streaming processor per slot ({@code timeline-a}
 * writes schema {@code timeline_a}, {@code timeline-b} writes {@code timeline_b}), each with its own instance of
 * the view's projector, {@code flock.projections.segments} segments and batches of {@code flock.projections.batch-size}
 * events per transaction. Only the live slot's processor runs, and during a replay the one building the other
 * slot ({@code ReplayCoordinator}). Every processor tells {@link ProcessorPositions} when a batch has
 * committed, so a read waiting for a consistency token looks again at once.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ProjectionProperties.class, EventSourceProperties.class, ReplayProperties.class})
class ViewProcessors {

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

    /** The source of every view's processor (see {@link PromptEventSource}). */
    @Bean
    PromptEventSource processorEventSource(EmbeddedEventStore eventStore, NewEvents newEvents) {
        return new PromptEventSource(eventStore, newEvents);
    }

    /**
     * Source, positions and the database's connection and transaction come late, from providers: they depend on Axon's
     * configuration, which this module feeds.
     */
    @Bean
    ConfigurerModule processorsOfEveryView(List<View> views, JdbcClient jdbc, ProjectionProperties settings,
                                    ObjectProvider<PromptEventSource> source,
                                    ObjectProvider<ProcessorPositions> positions,
                                    ObjectProvider<ProjectionSlots> slots,
                                    ObjectProvider<ConnectionProvider> connections,
                                    ObjectProvider<TransactionManager> transactions,
                                    ObjectProvider<QueryInstances> instances) {
        int segments = settings.segments();
        MessageHandlerInterceptor<EventMessage<?>> signal = (unitOfWork, chain) -> {
            unitOfWork.afterCommit(committed -> positions.getObject().signal());
            return chain.proceed();
        };
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing();
            for (View view : views) {
                for (String slot : ProjectionSlots.SLOTS) {
                    String name = ProjectionSlots.processor(view.name(), slot);
                    Object projector = view.projectors().create(jdbc, ProjectionSlots.schema(view.name(), slot));
                    processing.registerEventHandler(config -> projector)
                            .assignHandlerInstancesMatching(name, candidate -> candidate == projector)
                            .registerPooledStreamingEventProcessor(name,
                                    config -> source.getObject().gatedBy(() -> slots.getObject().isActive(name)),
                                    (config, builder) -> builder.initialSegmentCount(segments)
                                            .batchSize(settings.batchSize())
                                            // segments shared among the live instances
                                            .maxSegmentProvider(group -> instances.getObject().fairShare(segments))
                                            // at the instances' pace, a third of the claim timeout: a claim is
                                            // extended twice before it could lapse, a dead instance's segments are
                                            // taken within a third of the timeout after it; when nothing happens,
                                            // a segment's claim costs an update and a processor a look that often
                                            .tokenClaimInterval(instances.getObject().pace().toMillis())
                                            .claimExtensionThreshold(instances.getObject().pace().toMillis())
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
                    view.sequencing().ifPresent(policy -> processing.registerSequencingPolicy(name, config -> policy));
                }
            }
        };
    }
}

package dev.flock.query.projection;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs every event handler of the views inside a savepoint of the batch's transaction. A projector that fails on
 * one event (a constraint, a bug) then rolls back only that event's statements: PostgreSQL would otherwise refuse
 * every later statement of the aborted transaction, so the dead-letter queue could not even record the failure,
 * and the whole batch would fail again and again. With the savepoint the event is dead-lettered and the batch
 * carries on. It costs two short statements per event, which a projector that writes a batch's events together
 * ({@link DeferredEvents}) is spared for the events it defers.
 */
@Component
class SavepointPerEvent implements HandlerEnhancerDefinition {

    private final TransactionTemplate savepoint;

    SavepointPerEvent(PlatformTransactionManager transactions) {
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                if (target instanceof DeferredEvents deferring && message instanceof EventMessage<?> event
                        && deferring.defers(event)) {
                    return super.handle(message, target);
                }
                try {
                    return savepoint.execute(status -> {
                        try {
                            return super.handle(message, target);
                        } catch (Exception e) {
                            throw new HandlerFailure(e);
                        }
                    });
                } catch (HandlerFailure failure) {
                    throw failure.cause;
                }
            }
        };
    }

    /** Carries a checked exception out of the transaction callback (which rolls back to the savepoint). */
    private static final class HandlerFailure extends RuntimeException {

        private final Exception cause;

        HandlerFailure(Exception cause) {
            super(cause);
            this.cause = cause;
        }
    }
}

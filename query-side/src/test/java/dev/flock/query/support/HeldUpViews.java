package dev.flock.query.support;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;

/**
 * Added to a query side's Axon configuration ({@link TestServices#startQuerySide}): once {@link #holdUp()} is
 * called, every processor's next handler waits until {@link #release()}, so no view moves past what it has.
 */
public final class HeldUpViews implements ConfigurerModule {

    private final AtomicBoolean holding = new AtomicBoolean();
    private final CountDownLatch released = new CountDownLatch(1);

    public void holdUp() {
        holding.set(true);
    }

    public void release() {
        released.countDown();
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.eventProcessing().registerDefaultHandlerInterceptor((config, name) -> (unitOfWork, chain) -> {
            if (holding.get()) {
                released.await();
            }
            return chain.proceed();
        });
    }
}

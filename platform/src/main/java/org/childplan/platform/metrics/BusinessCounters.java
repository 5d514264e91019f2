package org.childplan.platform.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Business counters for Prometheus (exposed at /q/metrics as childplan_..._total). A count made inside a transaction
 * takes effect only if that transaction commits, so dry runs and failed requests never show up as work done.
 */
@ApplicationScoped
public class BusinessCounters {

    private final MeterRegistry registry;
    private final TransactionSynchronizationRegistry transactions;

    public BusinessCounters(MeterRegistry registry, TransactionSynchronizationRegistry transactions) {
        this.registry = registry;
        this.transactions = transactions;
    }

    /**
     * Adds {@code amount} to the counter {@code name} with the given tag pairs (name, value, name, value...), now
     * or, inside a transaction, once it has committed.
     */
    public void count(String name, String description, double amount, String... tags) {
        Counter counter = Counter.builder(name).description(description).tags(tags).register(registry);
        int status = transactions.getTransactionStatus();
        if (status == Status.STATUS_NO_TRANSACTION) {
            counter.increment(amount);
            return;
        }
        if (status != Status.STATUS_ACTIVE) {
            return; // marked for rollback, as dry runs are: nothing will have happened
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    counter.increment(amount);
                }
            }
        });
    }
}

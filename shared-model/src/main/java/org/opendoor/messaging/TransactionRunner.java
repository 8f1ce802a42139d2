package org.opendoor.messaging;

import jakarta.transaction.UserTransaction;

/**
 * Runs work in one new database transaction: commits when the work returns, rolls back when it throws. The
 * consumer loops get the service's JTA transactions, so that the handlers' own {@code @Transactional} joins it.
 */
@FunctionalInterface
public interface TransactionRunner {
    void inNewTransaction(Work work) throws Exception;

    /** On the thread's JTA transaction manager; a transaction marked rollback-only fails at commit. */
    static TransactionRunner jta(UserTransaction transaction) {
        return work -> {
            transaction.begin();
            try {
                work.run();
            } catch (Exception | Error e) {
                transaction.rollback();
                throw e;
            }
            transaction.commit();
        };
    }

    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }
}

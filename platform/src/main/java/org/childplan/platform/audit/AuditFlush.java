package org.childplan.platform.audit;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Runs inside every @Transactional method, after it: flushes, so Hibernate reports its changes to the audit log,
 * and writes them in the same transaction.
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class AuditFlush {

    private final EntityManager em;
    private final AuditLog audit;

    public AuditFlush(EntityManager em, AuditLog audit) {
        this.em = em;
        this.audit = audit;
    }

    @AroundInvoke
    Object writeAuditTrail(InvocationContext context) throws Exception {
        Object result = context.proceed();
        em.flush();
        audit.writePending();
        return result;
    }
}

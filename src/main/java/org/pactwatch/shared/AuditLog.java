package org.pactwatch.shared;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The append-only audit log: who changed what, when, with the state before and after. */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records one change; {@code before}/{@code after} are serialized to JSON (either may be null). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, String entityType, Object entityId, Object before, Object after) {
        jdbc.sql("""
                insert into audit_log(actor, action, entity_type, entity_id, before_state, after_state)
                values (:actor, :action, :entityType, :entityId, cast(:before as jsonb), cast(:after as jsonb))
                """)
                .param("actor", actor)
                .param("action", action)
                .param("entityType", entityType)
                .param("entityId", entityId == null ? null : entityId.toString())
                .param("before", toJson(before))
                .param("after", toJson(after))
                .update();
    }

    /** Records an event that changes no entity (an export, a login-related action). */
    @Transactional
    public void note(String actor, String action, String entityType, Object entityId, Map<String, ?> details) {
        record(actor, action, entityType, entityId, null, details);
    }

    private String toJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }
}

/**
 * Shared kernel: the data directory, the database (embedded or external), the audit log and
 * start-up failure reporting. Every other module may use it; it depends on none of them.
 */
@org.springframework.modulith.ApplicationModule(
        type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package org.pactwatch.shared;

/**
 * Users, roles, API tokens and the web security rules. Roles: ANALYST, STRATEGIST, REGULATOR, ADMIN
 * (an ADMIN holds every role). Passwords are bcrypt hashes in PostgreSQL.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package org.pactwatch.security;

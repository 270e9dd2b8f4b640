/**
 * Company registry: canonical companies, aliases, product names, identifiers and the parent hierarchy; resolution of mentions to companies.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"security", "shared"})
package org.pactwatch.company;

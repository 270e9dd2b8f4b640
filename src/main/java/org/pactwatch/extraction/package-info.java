/**
 * Deal extraction: plain Java around Stanford CoreNLP. Finds deals, amounts, parties, roles, dates, terms and evidence in a text. No web, database or Spring code.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"company"})
package org.pactwatch.extraction;

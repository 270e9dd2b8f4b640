/**
 * The Vaadin user interface: thin views over the other modules' services.
 */
@org.springframework.modulith.ApplicationModule
package org.pactwatch.ui;

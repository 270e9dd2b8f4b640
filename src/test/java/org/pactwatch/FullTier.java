package org.pactwatch;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Puts a test class, and every class that extends it, in the full test tier: tests that start the whole
 * application (a Spring Boot context, a child JVM or a CLI command on a database), drive a browser or crash the
 * app. Failsafe runs the full tier in {@code ./pactwatch test}; every other test class is in the fast tier, run by
 * Surefire, also alone with {@code ./pactwatch test --fast}. Both plugins take the same class-name patterns, so a
 * class is in exactly one tier; {@code TestTiersTest} fails when a class that starts the application lacks this.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag(FullTier.TAG)
public @interface FullTier {

    /** The JUnit tag of the full tier, named in the pom's Surefire and Failsafe configuration. */
    String TAG = "full";
}

package org.pactwatch.deal;

/** No live deal has the requested id. */
public class DealNotFoundException extends RuntimeException {

    public DealNotFoundException(String message) {
        super(message);
    }
}

package org.pactwatch.company;

/** No company has the requested id. */
public class CompanyNotFoundException extends RuntimeException {

    public CompanyNotFoundException(String message) {
        super(message);
    }
}

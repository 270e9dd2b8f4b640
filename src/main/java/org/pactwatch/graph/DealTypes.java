package org.pactwatch.graph;

import java.util.List;

/** The deal types of the schema, as the strategist views name them. */
public final class DealTypes {

    public static final String INVESTMENT = "INVESTMENT";
    public static final String CLOUD_COMMITMENT = "CLOUD_COMMITMENT";
    public static final String ACQUISITION = "ACQUISITION";
    public static final String SUPPLY = "SUPPLY";
    public static final String PARTNERSHIP = "PARTNERSHIP";

    public static final List<String> ALL = List.of(INVESTMENT, CLOUD_COMMITMENT, ACQUISITION, SUPPLY, PARTNERSHIP);

    /** Types where money flows from payer to payee; partnerships carry no direction of money. */
    public static final List<String> MONEY_FLOWS = List.of(INVESTMENT, CLOUD_COMMITMENT, ACQUISITION, SUPPLY);

    private DealTypes() {}
}

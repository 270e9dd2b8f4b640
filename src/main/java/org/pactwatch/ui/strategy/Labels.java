package org.pactwatch.ui.strategy;

import java.util.Map;

/** Human names for deal types and terms, and the deal detail address. */
final class Labels {

    private static final Map<String, String> TYPES = Map.of(
            "INVESTMENT", "Investment",
            "CLOUD_COMMITMENT", "Cloud / compute commitment",
            "ACQUISITION", "Acquisition",
            "SUPPLY", "Supply",
            "PARTNERSHIP", "Partnership");

    private Labels() {}

    static String type(String type) {
        return TYPES.getOrDefault(type, type);
    }

    static String term(Integer months) {
        if (months == null) {
            return "";
        }
        return months % 12 == 0 ? months / 12 + (months == 12 ? " year" : " years") : months + " months";
    }

    /** The analyst's deal detail view. */
    static String dealPath(long dealId) {
        return "deals/" + dealId;
    }
}

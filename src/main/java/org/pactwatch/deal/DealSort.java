package org.pactwatch.deal;

/** Sort order of the deal grid; ties are broken by id so that paging is stable. */
public record DealSort(Field field, boolean ascending) {

    public enum Field {
        DATE,
        AMOUNT_USD,
        CONFIDENCE,
        TYPE,
        STATUS,
        REVIEW_STATE,
        PAYER,
        PAYEE,
        ID
    }

    /** The default order: latest deal date first. */
    public static DealSort newestFirst() {
        return new DealSort(Field.DATE, false);
    }
}

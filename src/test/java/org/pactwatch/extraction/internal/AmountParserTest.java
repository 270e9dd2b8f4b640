package org.pactwatch.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactwatch.extraction.ExtractedDeal.Amount;
import org.pactwatch.extraction.ExtractedDeal.Qualifier;
import org.pactwatch.extraction.FxRates;

class AmountParserTest {

    private static final FxRates FX = fx();
    private final AmountParser parser = new AmountParser(FX);

    private static FxRates fx() {
        try {
            return FxRates.load(
                    new java.io.StringReader(
                            "date,currency,usd_per_unit\n2020-01-01,EUR,1.10\n2024-01-01,EUR,1.20\n2020-01-01,GBP,1.25\n2020-01-01,JPY,0.007\n"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Amount only(String text) {
        List<AmountParser.Found> found = parser.find(text, LocalDate.of(2024, 6, 1));
        assertThat(found).as(text).hasSize(1);
        return found.getFirst().amount();
    }

    private static BigDecimal n(String v) {
        return new BigDecimal(v);
    }

    @Test
    void exactAmountsInEveryWriting() {
        for (String s : List.of(
                "It pays $50 billion.",
                "It pays $50bn.",
                "It pays 50 bln dlrs.",
                "It pays $50B.",
                "It pays US$50 billion.",
                "It pays USD 50 billion.",
                "It pays 50 billion dollars.")) {
            Amount a = only(s);
            assertThat(a.qualifier()).as(s).isEqualTo(Qualifier.EXACT);
            assertThat(a.currency()).as(s).isEqualTo("USD");
            assertThat(a.value()).as(s).isEqualByComparingTo(n("5e10"));
        }
    }

    @Test
    void qualifiersSetMinAndMax() {
        Amount upTo = only("it will invest up to $25 billion");
        assertThat(upTo.qualifier()).isEqualTo(Qualifier.UP_TO);
        assertThat(upTo.max()).isEqualByComparingTo(n("2.5e10"));
        Amount plus = only("a $100 billion-plus plan");
        assertThat(plus.qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(plus.value()).isEqualByComparingTo(n("1e11"));
        assertThat(plus.min()).isEqualByComparingTo(n("1e11"));
        assertThat(only("more than $100 billion").qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(only("at least $1 billion").min()).isEqualByComparingTo(n("1e9"));
        assertThat(only("roughly $2 billion").qualifier()).isEqualTo(Qualifier.ABOUT);
        assertThat(only("nearly $2 billion").qualifier()).isEqualTo(Qualifier.ABOUT);
    }

    @Test
    void rangesTakeTheUpperValue() {
        for (String s : List.of(
                "between $1 billion and $2 billion", "$1–2 billion", "$1-2 billion", "$1 billion to $2 billion")) {
            Amount a = only(s);
            assertThat(a.qualifier()).as(s).isEqualTo(Qualifier.RANGE);
            assertThat(a.value()).as(s).isEqualByComparingTo(n("2e9"));
            assertThat(a.min()).as(s).isEqualByComparingTo(n("1e9"));
            assertThat(a.max()).as(s).isEqualByComparingTo(n("2e9"));
        }
    }

    @Test
    void otherCurrenciesConvertWithTheDatedTable() {
        Amount eur = only("a €500 million deal");
        assertThat(eur.currency()).isEqualTo("EUR");
        assertThat(eur.usd()).isEqualByComparingTo(n("6e8"));
        assertThat(only("£400m").currency()).isEqualTo("GBP");
        Amount yen = only("¥1 trillion");
        assertThat(yen.currency()).isEqualTo("JPY");
        assertThat(yen.usd()).isEqualByComparingTo(n("7e9"));
        Amount pence = only("an offer of 75 pence a share");
        assertThat(pence.currency()).isEqualTo("GBP");
        assertThat(pence.value()).isEqualByComparingTo(n("0.75"));
        assertThat(only("10 billion euros").currency()).isEqualTo("EUR");
    }

    @Test
    void indianUnitsAndGroupingAreRupees() {
        Amount crore = only("for Rs 90 crore in cash");
        assertThat(crore.currency()).isEqualTo("INR");
        assertThat(crore.value()).isEqualByComparingTo(n("9e8"));
        assertThat(only("a consideration of Rs. 425.96 crore").value()).isEqualByComparingTo(n("4259600000"));
        assertThat(only("The cost is ₹5,91,61,730 for the stake").value()).isEqualByComparingTo(n("59161730"));
        assertThat(only("about ₹12 lakh a year").value()).isEqualByComparingTo(n("1200000"));
    }

    @Test
    void plainNumbersAreNoAmounts() {
        assertThat(parser.find("It hired 500 people in 2023 and owns 10% of the firm.", null))
                .isEmpty();
    }
}

package org.pactwatch.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The dated USD exchange-rate table (data/fx/usd-rates.csv: date,currency,usd_per_unit). A conversion uses the
 * latest row on or before the date, or the earliest row when the date precedes them all.
 */
public final class FxRates {

    public static final String DEFAULT_RESOURCE = "/pactwatch-data/fx/usd-rates.csv";

    private final Map<String, TreeMap<LocalDate, BigDecimal>> rates;

    private FxRates(Map<String, TreeMap<LocalDate, BigDecimal>> rates) {
        this.rates = rates;
    }

    /** A table with no rates: only USD converts. */
    public static FxRates empty() {
        return new FxRates(Map.of());
    }

    /** The table shipped on the classpath; empty (USD only) when it is missing. */
    public static FxRates loadDefault() {
        try (InputStream in = FxRates.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            return in == null ? empty() : load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a table of date,currency,usd_per_unit rows. */
    public static FxRates load(Reader csv) throws IOException {
        Map<String, TreeMap<LocalDate, BigDecimal>> rates = new HashMap<>();
        BufferedReader lines = new BufferedReader(csv);
        String line;
        while ((line = lines.readLine()) != null) {
            String[] f = line.strip().split("\\s*,\\s*");
            if (f.length < 3 || f[0].equalsIgnoreCase("date") || f[0].isEmpty()) {
                continue;
            }
            try {
                rates.computeIfAbsent(f[1].toUpperCase(Locale.ROOT), c -> new TreeMap<>())
                        .put(LocalDate.parse(f[0]), new BigDecimal(f[2]));
            } catch (RuntimeException malformed) {
                // a malformed row is skipped: one bad rate must not disable conversion
            }
        }
        return new FxRates(rates);
    }

    /** The USD value of {@code value} in {@code currency} on {@code date} (today when null). */
    public Optional<BigDecimal> toUsd(BigDecimal value, String currency, LocalDate date) {
        if (value == null || currency == null) {
            return Optional.empty();
        }
        if (currency.equals("USD")) {
            return Optional.of(value);
        }
        TreeMap<LocalDate, BigDecimal> table = rates.get(currency);
        if (table == null || table.isEmpty()) {
            return Optional.empty();
        }
        LocalDate on = date == null ? LocalDate.now() : date;
        Map.Entry<LocalDate, BigDecimal> row = table.floorEntry(on);
        BigDecimal rate = row != null ? row.getValue() : table.firstEntry().getValue();
        return Optional.of(value.multiply(rate, MathContext.DECIMAL64).stripTrailingZeros());
    }

    /** Whether the table can convert this currency to US dollars. */
    public boolean knows(String currency) {
        return "USD".equals(currency) || rates.containsKey(currency);
    }
}

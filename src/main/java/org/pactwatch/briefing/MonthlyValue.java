package org.pactwatch.briefing;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.pactwatch.extraction.ExtractedDeal.DealType;

/** The deals of one type dated in one month: how many, and the sum of the disclosed amounts in USD. */
public record MonthlyValue(YearMonth month, DealType type, long deals, BigDecimal usd) {}

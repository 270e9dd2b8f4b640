package org.pactwatch.briefing;

import java.math.BigDecimal;

/** A company that is a party to new deals: how many, and their disclosed value in USD. */
public record CompanyActivity(long id, String name, long deals, BigDecimal usd) {}

package org.pactwatch.extraction;

import java.time.LocalDate;

/**
 * One document to extract from. {@code published} anchors relative dates; {@code registrant} is the
 * company that filed a filing ("we", "our", "the Company" refer to it). Both may be null.
 */
public record ExtractionRequest(String id, String text, LocalDate published, String registrant) {}

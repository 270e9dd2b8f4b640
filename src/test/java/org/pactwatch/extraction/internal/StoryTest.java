package org.pactwatch.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactwatch.extraction.DealExtractors;
import org.pactwatch.extraction.ExtractedDeal;
import org.pactwatch.extraction.ExtractionRequest;

/** The tie-up story the product exists for, told in the project's own words: four deals and nothing else. */
class StoryTest {

    private static final String STORY = """
            Amazon to put up to $25 billion into Anthropic

            Amazon said on Monday that it will invest up to $25 billion in Anthropic, the maker of the Claude \
            chatbot. Anthropic committed to spend more than $100 billion on Amazon Web Services over the next ten \
            years, the companies said.

            The agreement comes two months after Amazon struck a similar arrangement with OpenAI. In February, the \
            company put $50 billion into OpenAI, and the ChatGPT maker agreed to a $100 billion cloud pact.
            """;

    @Test
    void theFourDealsOfTheStoryComeOutExactly() {
        List<ExtractedDeal> deals = DealExtractors.shared()
                .extract(new ExtractionRequest("story", STORY, LocalDate.of(2026, 4, 20), null))
                .deals();
        assertThat(deals)
                .extracting(d -> d.type() + " " + d.payer().name() + " -> "
                        + d.payee().name() + " " + d.amount().qualifier() + " "
                        + d.amount().value().toBigInteger() + " " + d.termMonths())
                .containsExactlyInAnyOrder(
                        "INVESTMENT Amazon -> Anthropic UP_TO 25000000000 null",
                        "CLOUD_COMMITMENT Anthropic -> Amazon Web Services MORE_THAN 100000000000 120",
                        "INVESTMENT Amazon -> OpenAI EXACT 50000000000 null",
                        "CLOUD_COMMITMENT OpenAI -> Amazon EXACT 100000000000 null");
    }
}

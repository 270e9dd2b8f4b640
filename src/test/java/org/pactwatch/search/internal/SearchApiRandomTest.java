package org.pactwatch.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactwatch.RandomCases;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * Random calls of the search API in the fast tier: 300 random query strings and parameters (see {@link
 * RandomQueries}) against the controller and the Lucene service on a small index of deals and documents, with no
 * application around them, get a 200 or a 400, never a 500. {@code SearchApiRandomFullTest} sends 1,000 through the
 * whole application.
 */
class SearchApiRandomTest {

    static final long SEED = 0x5EA2C4_0A91L;

    @TempDir
    static Path dir;

    static LuceneIndex index;
    static MockMvc mvc;

    @BeforeAll
    static void smallIndex() {
        index = new LuceneIndex(dir.resolve("index"));
        String[] companies = {"Amazon", "OpenAI", "Anthropic", "Microsoft", "Nvidia", "Amazon Web Services"};
        for (int i = 0; i < 12; i++) {
            String a = companies[i % companies.length];
            String b = companies[(i + 1) % companies.length];
            boolean deal = i % 2 == 0;
            index.put(new IndexRecord(
                    deal ? IndexFields.KIND_DEAL : IndexFields.KIND_DOCUMENT,
                    i + 1,
                    a + " and " + b + (deal ? " investment" : " announce a cloud pact"),
                    a + " will invest $" + (i + 1) + " billion in " + b + " and spend it on compute in Paris.",
                    LocalDate.of(2019 + i % 7, 1 + i, 10),
                    "https://example.com/" + i,
                    i % 3 == 0 ? "Reuters" : "SEC EDGAR",
                    Set.of(i % 3 == 0 ? "FILING" : "NEWS"),
                    Set.of(a, b),
                    deal ? Set.of(i % 4 == 0 ? "INVESTMENT" : "CLOUD_COMMITMENT") : Set.of(),
                    deal ? Set.of("ANNOUNCED") : Set.of(),
                    deal ? Set.of(new BigDecimal((i + 1) + "e9")) : Set.of(),
                    deal ? "PENDING" : null));
        }
        index.commit(Instant.now());
        mvc = MockMvcBuilders.standaloneSetup(new SearchController(new LuceneSearchService(index)))
                .build();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void randomQueriesGetA200OrA400() {
        int[] answered = new int[600];
        RandomCases.run("search API", RandomCases.seed(SEED), RandomCases.count(300), (i, r) -> {
            String call = "/api/v1/search?" + RandomQueries.parameters(r);
            int status = status(call);
            assertThat(status).as("status of GET %s", call).isIn(200, 400);
            answered[status]++;
        });
        if (Integer.getInteger("pactwatch.case") == null) {
            // the cases reach both answers, results and refusals, each in at least a tenth of the calls
            assertThat(answered[200]).as("200s (400s: %d)", answered[400]).isGreaterThanOrEqualTo(30);
            assertThat(answered[400]).as("400s (200s: %d)", answered[200]).isGreaterThanOrEqualTo(30);
        }
    }

    private static int status(String call) {
        try {
            return mvc.perform(MockMvcRequestBuilders.get(URI.create(call)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
        } catch (ServletException e) {
            // an exception no handler of the controller took; in the application ApiErrors answers an
            // IllegalArgumentException with 400 and anything else with 500
            if (e.getCause() instanceof IllegalArgumentException) {
                return 400;
            }
            throw new AssertionError("GET " + call + " ends in " + e.getCause() + ", a 500 in the application", e);
        } catch (Exception e) {
            throw new AssertionError("GET " + call + " ends in " + e, e);
        }
    }
}

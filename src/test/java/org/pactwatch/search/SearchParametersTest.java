package org.pactwatch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchParametersTest {

    @Test
    void blankTypeSortAndDatesAreTheDefaults() {
        for (String blank : new String[] {null, "", "  "}) {
            assertThat(SearchParameters.target(blank)).isEqualTo(SearchRequest.Target.DEALS);
            assertThat(SearchParameters.sort(blank)).isEqualTo(SearchRequest.Sort.RELEVANCE);
            assertThat(SearchParameters.date(blank, "from")).isNull();
        }
        SearchRequest request = SearchParameters.parse("q=&type=&sort=&from=&to=");
        assertThat(request.target()).isEqualTo(SearchRequest.Target.DEALS);
        assertThat(request.sort()).isEqualTo(SearchRequest.Sort.RELEVANCE);
        assertThat(request.from()).isNull();
        assertThat(request.to()).isNull();
    }

    @Test
    void synonymsAndCaseAreAccepted() {
        assertThat(SearchParameters.target(" Docs ")).isEqualTo(SearchRequest.Target.DOCUMENTS);
        assertThat(SearchParameters.sort("PUBLISHED")).isEqualTo(SearchRequest.Sort.DATE);
        assertThat(SearchParameters.sort("amount_usd")).isEqualTo(SearchRequest.Sort.AMOUNT);
        assertThat(SearchParameters.date(" 2024-03-31 ", "to")).isEqualTo(LocalDate.of(2024, 3, 31));
    }

    @Test
    void unknownValuesAreRefusedWithTheParameterNamed() {
        assertThatThrownBy(() -> SearchParameters.target("people"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessage("type must be deals or documents");
        assertThatThrownBy(() -> SearchParameters.sort("size"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessage("sort must be relevance, date or amount");
        assertThatThrownBy(() -> SearchParameters.date("31.03.2024", "to"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessage("to must be a date like 2024-03-31");
    }

    @Test
    void aSearchSurvivesItsQueryString() {
        SearchRequest request =
                SearchParameters.parse("q=anthropic%20cloud&type=documents&sort=date&from=2023-01-01&to=2024-12-31"
                        + "&dealType=INVESTMENT&dealType=INVESTMENT&company=Amazon&company=");
        assertThat(request.query()).isEqualTo("anthropic cloud");
        assertThat(request.facets()).isEqualTo(Map.of("type", List.of("INVESTMENT"), "company", List.of("Amazon")));
        assertThat(SearchParameters.parse(SearchParameters.toQueryString(request)))
                .isEqualTo(request);
    }
}

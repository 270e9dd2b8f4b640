package org.pactwatch.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;

class ApiErrorsTest {

    private final ApiErrors errors = new ApiErrors();

    @Test
    void anUnexpectedFailureIsA500WithALogReferenceAndNoInternals() throws Exception {
        var response = errors.unexpected(new IllegalStateException("connection pool exhausted at 10.0.0.7"));

        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(response.getBody().get("error"))
                .matches("the server failed to answer this call; the log has the details under reference [0-9a-f-]{36}")
                .doesNotContain("10.0.0.7");
    }

    @Test
    void springsOwnRequestErrorsKeepTheirStatus() throws Exception {
        var response = errors.unexpected(new HttpRequestMethodNotSupportedException(HttpMethod.DELETE.name()));

        assertThat(response.getStatusCode().value()).isEqualTo(405);
        assertThat(response.getBody().get("error")).contains("DELETE");
    }

    @Test
    void accessErrorsAreLeftToSpringSecurity() {
        var denied = new AccessDeniedException("no");

        assertThatThrownBy(() -> errors.unexpected(denied)).isSameAs(denied);
    }
}

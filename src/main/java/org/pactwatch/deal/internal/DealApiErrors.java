package org.pactwatch.deal.internal;

import java.util.Map;
import org.pactwatch.deal.DealNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers 404 for a deal that does not exist (bad input in general is handled by the shared ApiErrors). */
@RestControllerAdvice(assignableTypes = DealController.class)
class DealApiErrors {

    @ExceptionHandler(DealNotFoundException.class)
    ResponseEntity<Map<String, String>> notFound(DealNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", e.getMessage()));
    }
}

package org.pactwatch.deal.internal;

import java.util.Map;
import org.pactwatch.deal.DealNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Turns the deal API's failures into {@code {"error": "…"}} with a fitting status. */
@RestControllerAdvice(assignableTypes = DealController.class)
class DealApiErrors {

    @ExceptionHandler(DealNotFoundException.class)
    ResponseEntity<Map<String, String>> notFound(DealNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, HttpMessageNotReadableException.class})
    ResponseEntity<Map<String, String>> unreadable(Exception e) {
        return ResponseEntity.badRequest()
                .body(Map.of("error", "the request is malformed: check parameter types and the JSON body"));
    }
}

package org.pactwatch.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** Collects a response body but gives up (and cancels the download) once it exceeds a size limit. */
final class LimitedBodySubscriber implements BodySubscriber<byte[]> {

    /** Thrown (wrapped) when the body is larger than allowed. */
    static final class TooLarge extends RuntimeException {
        TooLarge(long limit) {
            super("response body larger than " + limit + " bytes");
        }
    }

    private final long limit;
    private final boolean refuse;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    /** {@code refuse}: the declared Content-Length already exceeds the limit, so read nothing. */
    LimitedBodySubscriber(long limit, boolean refuse) {
        this.limit = limit;
        this.refuse = refuse;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (refuse) {
            subscription.cancel();
            result.completeExceptionally(new TooLarge(limit));
            return;
        }
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            if (buffer.size() + (long) item.remaining() > limit) {
                subscription.cancel();
                result.completeExceptionally(new TooLarge(limit));
                return;
            }
            byte[] chunk = new byte[item.remaining()];
            item.get(chunk);
            buffer.writeBytes(chunk);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(buffer.toByteArray());
    }
}

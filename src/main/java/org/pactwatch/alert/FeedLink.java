package org.pactwatch.alert;

/** A saved search's feed secret, shown once: the feed is served at {@code /feeds/saved-searches/<token>.atom}. */
public record FeedLink(long savedSearchId, String token) {

    /** The feed's path on this server, to append to its base URL. */
    public String path() {
        return "/feeds/saved-searches/" + token + ".atom";
    }
}

package org.pactwatch.ingest.job;

import org.springframework.scheduling.support.CronExpression;

/** Source schedules: Spring's six-field cron, unix five-field cron (seconds added) and macros like @hourly. */
public final class CronSchedules {

    private CronSchedules() {}

    /** The schedule in Spring's form, null for none; throws IllegalArgumentException for a bad expression. */
    public static String normalize(String schedule) {
        if (schedule == null || schedule.isBlank()) {
            return null;
        }
        String trimmed = schedule.strip().replaceAll("\\s+", " ");
        String spring = !trimmed.startsWith("@") && trimmed.split(" ").length == 5 ? "0 " + trimmed : trimmed;
        if (!CronExpression.isValidExpression(spring)) {
            throw new IllegalArgumentException("schedule '" + schedule + "' is not a valid cron expression "
                    + "(e.g. '0 */30 * * * *', '*/30 * * * *' or '@hourly')");
        }
        return spring;
    }
}

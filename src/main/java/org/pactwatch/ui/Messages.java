package org.pactwatch.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.springframework.security.access.AccessDeniedException;

/** Runs a user action and turns the errors a user can act on into a readable notification. */
final class Messages {

    private Messages() {}

    /** Returns true when the action succeeded. */
    static boolean run(Runnable action) {
        try {
            action.run();
            return true;
        } catch (AccessDeniedException e) {
            error("Your role does not allow this change.");
        } catch (IllegalArgumentException | IllegalStateException e) {
            error(e.getMessage());
        } catch (RuntimeException e) {
            if (!isUserError(e)) {
                throw e;
            }
            error(e.getMessage());
        }
        return false;
    }

    static void error(String message) {
        // Notification.show renders text, never markup, so messages quoting user input are safe
        Notification.show(message == null ? "That did not work." : message, 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void success(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Not-found and invalid-query exceptions of other modules end with "NotFoundException"/"QueryException". */
    private static boolean isUserError(RuntimeException e) {
        String name = e.getClass().getSimpleName();
        return name.endsWith("NotFoundException") || name.endsWith("QueryException");
    }
}

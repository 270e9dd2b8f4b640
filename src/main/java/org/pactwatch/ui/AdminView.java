package org.pactwatch.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Set;
import org.pactwatch.security.Role;
import org.pactwatch.security.UserAccount;
import org.pactwatch.security.UserService;

/** Admin: users, their roles and passwords. */
@Route("admin")
@PageTitle("Admin · Pactwatch")
@Menu(title = "Admin", order = 90, icon = "vaadin:cog")
@RolesAllowed(Role.Names.ADMIN)
public class AdminView extends VerticalLayout {

    private final UserService users;
    private final String actor;
    private final Grid<UserAccount> grid = new Grid<>(UserAccount.class, false);

    public AdminView(UserService users, AuthenticationContext authentication) {
        this.users = users;
        this.actor = Viewer.of(authentication).name();
        grid.setId("users-grid");
        grid.addColumn(UserAccount::username).setHeader("User").setSortable(true);
        grid.addColumn(u -> u.roles().toString()).setHeader("Roles");
        grid.addColumn(u -> u.enabled() ? "enabled" : "disabled").setHeader("State");
        grid.addColumn(u -> u.lastLoginAt() == null ? "never" : u.lastLoginAt().toString())
                .setHeader("Last sign-in");
        grid.addComponentColumn(this::actions).setHeader("Actions");
        Button add = new Button("Add user", e -> openEditor(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-user");
        add(new H1("Users and roles"), add, grid);
        refresh();
    }

    private HorizontalLayout actions(UserAccount user) {
        Button edit = new Button("Roles / password", e -> openEditor(user));
        Button toggle = new Button(
                user.enabled() ? "Disable" : "Enable",
                e -> run(() -> users.setEnabled(actor, user.username(), !user.enabled())));
        edit.setAriaLabel("Roles and password of " + user.username());
        toggle.setAriaLabel((user.enabled() ? "Disable " : "Enable ") + user.username());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(edit, toggle);
    }

    private void openEditor(UserAccount existing) {
        Dialog dialog = new Dialog(existing == null ? "Add user" : "Edit " + existing.username());
        TextField name = new TextField("User name");
        name.setId("user-name");
        PasswordField password =
                new PasswordField(existing == null ? "Password" : "New password (leave empty to keep)");
        password.setId("user-password");
        CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles", Role.values());
        roles.setId("user-roles");
        if (existing != null) {
            name.setValue(existing.username());
            name.setReadOnly(true);
            roles.setValue(existing.roles());
        }
        Button save = new Button("Save", e -> {
            Set<Role> chosen =
                    roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue());
            boolean ok = run(() -> {
                if (existing == null) {
                    users.create(actor, name.getValue().strip(), password.getValue(), chosen);
                } else {
                    users.setRoles(actor, existing.username(), chosen);
                    if (!password.getValue().isEmpty()) {
                        users.setPassword(actor, existing.username(), password.getValue());
                    }
                }
            });
            if (ok) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-user");
        dialog.add(new VerticalLayout(name, password, roles));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private boolean run(Runnable action) {
        try {
            action.run();
            refresh();
            return true;
        } catch (IllegalArgumentException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
    }

    private void refresh() {
        grid.setItems(users.list());
    }
}

package org.pactwatch.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.pactwatch.security.ApiTokenService;
import org.pactwatch.security.ApiTokenService.ApiToken;

/** My account: personal API tokens for the JSON API, as an alternative to HTTP Basic. */
@Route("account")
@PageTitle("My account · Pactwatch")
@Menu(title = "My account", order = 80, icon = "vaadin:user")
@PermitAll
public class AccountView extends VerticalLayout {

    private final ApiTokenService tokens;
    private final String user;
    private final Grid<ApiToken> grid = new Grid<>(ApiToken.class, false);

    public AccountView(ApiTokenService tokens, AuthenticationContext authentication) {
        this.tokens = tokens;
        this.user = authentication.getPrincipalName().orElseThrow();
        grid.setId("tokens-grid");
        grid.addColumn(ApiToken::name).setHeader("Name");
        grid.addColumn(t -> Format.instant(t.createdAt())).setHeader("Created");
        grid.addColumn(t -> t.lastUsedAt() == null ? "never" : Format.instant(t.lastUsedAt()))
                .setHeader("Last used");
        grid.addColumn(t -> t.revokedAt() == null ? "active" : "revoked " + Format.instant(t.revokedAt()))
                .setHeader("State");
        grid.addComponentColumn(this::revokeButton).setHeader("Actions");
        grid.setAllRowsVisible(true);

        TextField name = new TextField("Token name");
        name.setId("token-name");
        name.setPlaceholder("e.g. notebook, CI");
        name.setMaxLength(100);
        Button create = new Button("Create token", e -> create(name));
        create.setId("create-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, create);
        form.setAlignItems(Alignment.BASELINE);

        add(
                new H1("My account · " + user),
                new H2("API tokens"),
                new Paragraph(
                        "Send a token as \"Authorization: Bearer <token>\" to /api/v1/…; it acts with your roles. "
                                + "A token is shown once, when it is created; revoke it when it is no longer needed."),
                new Anchor("/swagger-ui.html", "API documentation (Swagger UI)"),
                form,
                grid);
        refresh();
    }

    private void create(TextField name) {
        Messages.run(() -> {
            String secret = tokens.create(user, name.getValue());
            name.clear();
            refresh();
            showSecret(secret);
        });
    }

    private void showSecret(String secret) {
        Dialog dialog = new Dialog("Your new API token");
        TextField value = new TextField("Copy it now — it is not shown again");
        value.setId("token-secret");
        value.setValue(secret);
        value.setReadOnly(true);
        value.setWidth("32rem");
        dialog.add(value);
        dialog.getFooter().add(new Button("Done", e -> dialog.close()));
        dialog.open();
    }

    private Button revokeButton(ApiToken token) {
        Button revoke = new Button(
                "Revoke",
                e -> Messages.run(() -> {
                    tokens.revoke(user, token.id());
                    refresh();
                }));
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        revoke.setEnabled(token.revokedAt() == null);
        revoke.setAriaLabel("Revoke token " + token.name());
        return revoke;
    }

    private void refresh() {
        grid.setItems(tokens.list(user));
    }
}

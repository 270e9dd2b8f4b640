package org.pactwatch.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign-in page; wrong passwords and throttled accounts are reported in the form. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Pactwatch")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        getElement().setAttribute("role", "main"); // no app frame here: the page itself is the main landmark
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle("Sign-in failed");
        error.setMessage("Wrong user name or password. After five failures in a minute, sign-in pauses for a minute.");
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        add(new H1("Pactwatch"), new Paragraph("Big Tech ↔ AI lab tie-ups, with the evidence."), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}

package org.pactwatch.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.Lumo;
import jakarta.annotation.security.PermitAll;
import org.pactwatch.alert.SavedSearchService;

/** The app frame: navigation to the views the signed-in user's roles allow, theme toggle and sign-out. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final int BELL_POLL_MS = 15_000;

    private final SavedSearchService savedSearches;
    private final String user;
    private final Span unread = new Span();
    private Registration bellPoll;

    public MainLayout(AuthenticationContext authentication, SavedSearchService savedSearches) {
        this.savedSearches = savedSearches;
        this.user = authentication.getPrincipalName().orElse("");
        Span brand = new Span("Pactwatch");
        brand.addClassName("pw-brand");

        Button theme = new Button(new Icon(VaadinIcon.ADJUST), e -> toggleTheme());
        theme.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        theme.setAriaLabel("Switch light/dark theme");
        theme.setId("theme-toggle");

        Button bell = new Button(new Icon(VaadinIcon.BELL), e -> UI.getCurrent().navigate("saved-searches"));
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bell.setAriaLabel("Alerts from saved searches");
        bell.setId("alerts-bell");
        unread.setId("alerts-unread");
        unread.getElement().getThemeList().add("badge error pill small");
        unread.setVisible(false);
        bell.setSuffixComponent(unread);

        Button signOut = new Button("Sign out " + user, e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), brand, bell, theme, signOut);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(brand);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.setId("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        });
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    /** Lumo reads the theme from the html element; the choice is remembered in the browser. */
    private static void toggleTheme() {
        UI.getCurrent().getPage().executeJs("""
                const html = document.documentElement;
                const dark = html.getAttribute('theme') !== $0;
                if (dark) { html.setAttribute('theme', $0); } else { html.removeAttribute('theme'); }
                localStorage.setItem('pactwatch-theme', dark ? $0 : '');
                """, Lumo.DARK);
    }

    /** The unread alert count on the bell; refreshed on every navigation and by a slow poll. */
    private void refreshBell() {
        if (user.isEmpty()) {
            return;
        }
        long count = savedSearches.unreadCount(user);
        unread.setText(count > 99 ? "99+" : String.valueOf(count));
        unread.setVisible(count > 0);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refreshBell();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().setPollInterval(BELL_POLL_MS);
        bellPoll = event.getUI().addPollListener(e -> refreshBell());
        event.getUI().getPage().executeJs("""
                if (localStorage.getItem('pactwatch-theme') === $0) {
                    document.documentElement.setAttribute('theme', $0);
                }
                """, Lumo.DARK);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        super.onDetach(event);
        if (bellPoll != null) {
            bellPoll.remove();
        }
    }
}

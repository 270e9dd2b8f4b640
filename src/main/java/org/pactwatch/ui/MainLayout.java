package org.pactwatch.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
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

/**
 * The app frame: navigation to the views the signed-in user's roles allow, theme toggle and sign-out. Its parts are
 * landmarks — a {@code header} (banner) with a skip link, a {@code nav} and the view inside {@code main} — so that
 * every piece of content sits in one.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final int BELL_POLL_MS = 15_000;

    private final SavedSearchService savedSearches;
    private final String user;
    private final Span unread = new Span();
    private final Button bell;
    private final Button theme;
    private final Main main = new Main();
    private Registration bellPoll;

    public MainLayout(AuthenticationContext authentication, SavedSearchService savedSearches) {
        this.savedSearches = savedSearches;
        this.user = authentication.getPrincipalName().orElse("");
        Span brand = new Span("Pactwatch");
        brand.addClassName("pw-brand");

        theme = new Button(new Icon(VaadinIcon.ADJUST), e -> toggleTheme());
        theme.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        theme.setAriaLabel("Dark theme");
        theme.getElement().setAttribute("aria-pressed", "false");
        theme.setTooltipText("Switch between the light and the dark theme");
        theme.setId("theme-toggle");

        bell = new Button(new Icon(VaadinIcon.BELL), e -> UI.getCurrent().navigate("saved-searches"));
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bell.setAriaLabel("Alerts from saved searches");
        bell.setTooltipText("Alerts from saved searches");
        bell.setId("alerts-bell");
        unread.setId("alerts-unread");
        unread.getElement().getThemeList().add("badge error pill small");
        unread.setVisible(false);
        bell.setSuffixComponent(unread);

        Button signOut = new Button("Sign out " + user, e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");

        Anchor skip = new Anchor("#main-content", "Skip to content");
        skip.addClassName("pw-skip-link");
        skip.setId("skip-link");
        // the fragment link would reload the route; focusing main is what a skip link does
        skip.getElement()
                .executeJs("this.addEventListener('click', (e) => { e.preventDefault();"
                        + " const m = document.getElementById('main-content'); m.focus(); m.scrollIntoView(); })");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide the navigation");
        HorizontalLayout bar = new HorizontalLayout(skip, toggle, brand, bell, theme, signOut);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(brand);
        bar.getStyle().set("padding-right", "var(--lumo-space-m)");
        Header header = new Header(bar);
        header.setId("app-header");
        header.setWidthFull();
        addToNavbar(header);

        main.setId("main-content");
        main.addClassName("pw-main");
        main.getElement().setAttribute("tabindex", "-1");
        setContent(main);

        SideNav nav = new SideNav();
        nav.setId("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        });
        Nav landmark = new Nav(nav);
        landmark.setAriaLabel("Main");
        landmark.setId("app-nav");
        addToDrawer(landmark);
        setPrimarySection(Section.DRAWER);
    }

    /** The view goes inside {@code main}: the main landmark, and the target of the skip link. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeAllChildren();
    }

    /**
     * Lumo reads the theme from the html element; the choice is remembered in the browser (AppShell applies it before
     * the first paint) and shown on the switch as its pressed state.
     */
    private void toggleTheme() {
        theme.getElement().executeJs("""
                const html = document.documentElement;
                const dark = html.getAttribute('theme') !== $0;
                if (dark) { html.setAttribute('theme', $0); } else { html.removeAttribute('theme'); }
                localStorage.setItem($1, dark ? $0 : '');
                this.setAttribute('aria-pressed', String(dark));
                """, Lumo.DARK, AppShell.THEME_KEY);
    }

    /** The unread alert count on the bell; refreshed on every navigation and by a slow poll. */
    private void refreshBell() {
        if (user.isEmpty()) {
            return;
        }
        long count = savedSearches.unreadCount(user);
        unread.setText(count > 99 ? "99+" : String.valueOf(count));
        unread.setVisible(count > 0);
        bell.setAriaLabel("Alerts from saved searches" + (count > 0 ? ", " + count + " unread" : ""));
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
        theme.getElement()
                .executeJs(
                        "this.setAttribute('aria-pressed', String(document.documentElement.getAttribute('theme') === $0))",
                        Lumo.DARK);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        super.onDetach(event);
        if (bellPoll != null) {
            bellPoll.remove();
        }
    }
}

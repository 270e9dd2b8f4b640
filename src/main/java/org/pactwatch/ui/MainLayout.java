package org.pactwatch.ui;

import com.vaadin.flow.component.AttachEvent;
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
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.Lumo;
import jakarta.annotation.security.PermitAll;

/** The app frame: navigation to the views the signed-in user's roles allow, theme toggle and sign-out. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        Span brand = new Span("Pactwatch");
        brand.addClassName("pw-brand");

        Button theme = new Button(new Icon(VaadinIcon.ADJUST), e -> toggleTheme());
        theme.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        theme.setAriaLabel("Switch light/dark theme");
        theme.setId("theme-toggle");

        String user = authentication.getPrincipalName().orElse("");
        Button signOut = new Button("Sign out " + user, e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), brand, theme, signOut);
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

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().getPage().executeJs("""
                if (localStorage.getItem('pactwatch-theme') === $0) {
                    document.documentElement.setAttribute('theme', $0);
                }
                """, Lumo.DARK);
    }
}
